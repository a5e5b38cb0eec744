import { nativeImage, type NativeImage } from 'electron';
import { encodePng } from './png';

/**
 * The tray icon, an envelope, drawn in code at each scale the system may ask for. No image file
 * to ship: scripts/build.mjs bundles this into main.cjs and electron-builder packs that alone.
 *
 * macOS gets a black "template" image, which the menu bar tints for light and dark bars and
 * highlights when clicked. Windows and Linux panels can be light or dark, so there the envelope
 * is white on a rounded square of the app's accent colour, readable on both.
 */
export function trayIcon(platform: NodeJS.Platform): NativeImage {
  const variant: IconVariant = platform === 'darwin' ? 'template' : 'colour';
  const [first, ...more] = TRAY_SCALES;
  const image = nativeImage.createFromBuffer(iconPng(Math.round(BASE_SIZE * first!), variant), { scaleFactor: first });
  for (const scaleFactor of more) {
    image.addRepresentation({ scaleFactor, dataURL: `data:image/png;base64,${iconPng(Math.round(BASE_SIZE * scaleFactor), variant).toString('base64')}` });
  }
  if (variant === 'template') image.setTemplateImage(true);
  return image;
}

/** 16 points: the size of tray icons on Windows and of menu bar extras on macOS. 1.5× covers 150 % displays. */
export const BASE_SIZE = 16;
export const TRAY_SCALES = [1, 1.5, 2] as const;
export type IconVariant = 'template' | 'colour';

/** The accent of the window's UI (renderer/src/styles.css, --accent). */
const ACCENT: Rgb = [0x2f, 0x6f, 0x5e];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const BLACK: Rgb = [0, 0, 0];
type Rgb = readonly [number, number, number];
/** x1, y1, x2, y2 in a 16 × 16 grid. */
type Segment = readonly [number, number, number, number];

interface Design {
  /** A filled rounded square behind the envelope, or none. */
  background?: { colour: Rgb; inset: number; radius: number };
  stroke: { colour: Rgb; width: number; segments: readonly Segment[] };
}

function envelope(left: number, top: number, right: number, bottom: number, flapDepth: number): Segment[] {
  const middle = (left + right) / 2;
  return [
    [left, top, right, top],
    [right, top, right, bottom],
    [right, bottom, left, bottom],
    [left, bottom, left, top],
    [left, top, middle, top + flapDepth],
    [middle, top + flapDepth, right, top],
  ];
}

const DESIGNS: Record<IconVariant, Design> = {
  template: { stroke: { colour: BLACK, width: 1.25, segments: envelope(1.5, 3.5, 14.5, 12.5, 5) } },
  colour: {
    background: { colour: ACCENT, inset: 0.5, radius: 3.5 },
    stroke: { colour: WHITE, width: 1.1, segments: envelope(3.5, 4.5, 12.5, 11.5, 4) },
  },
};

/** The icon as a PNG, size × size pixels. */
export function iconPng(size: number, variant: IconVariant): Buffer {
  return encodePng(size, size, drawIcon(size, variant));
}

const SAMPLES = 4; // per axis: 16 samples a pixel smooth the slanted flap.

/** RGBA pixels, anti-aliased by sampling each pixel on a grid and blending the coverage. */
export function drawIcon(size: number, variant: IconVariant): Uint8Array {
  const design = DESIGNS[variant];
  const unit = BASE_SIZE / size;
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let background = 0;
      let stroke = 0;
      for (let i = 0; i < SAMPLES; i++) {
        for (let j = 0; j < SAMPLES; j++) {
          const u = (x + (i + 0.5) / SAMPLES) * unit;
          const v = (y + (j + 0.5) / SAMPLES) * unit;
          if (design.background && insideRoundedSquare(u, v, design.background.inset, design.background.radius)) background++;
          if (design.stroke.segments.some((segment) => distanceToSegment(u, v, segment) <= design.stroke.width / 2)) stroke++;
        }
      }
      blend(pixels, (y * size + x) * 4, design, background / SAMPLES ** 2, stroke / SAMPLES ** 2);
    }
  }
  return pixels;
}

/** The stroke over the background ("source over"), worked in premultiplied alpha. */
function blend(pixels: Uint8Array, at: number, design: Design, backgroundCover: number, strokeCover: number): void {
  const back = design.background?.colour ?? BLACK;
  const alpha = strokeCover + backgroundCover * (1 - strokeCover);
  for (let c = 0; c < 3; c++) {
    const premultiplied = design.stroke.colour[c]! * strokeCover + back[c]! * backgroundCover * (1 - strokeCover);
    pixels[at + c] = alpha === 0 ? 0 : Math.round(premultiplied / alpha);
  }
  pixels[at + 3] = Math.round(alpha * 255);
}

function insideRoundedSquare(u: number, v: number, inset: number, radius: number): boolean {
  const low = inset + radius;
  const high = BASE_SIZE - inset - radius;
  const dx = Math.max(low - u, 0, u - high);
  const dy = Math.max(low - v, 0, v - high);
  return u >= inset && u <= BASE_SIZE - inset && v >= inset && v <= BASE_SIZE - inset && dx * dx + dy * dy <= radius * radius;
}

function distanceToSegment(u: number, v: number, [x1, y1, x2, y2]: Segment): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((u - x1) * dx + (v - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(u - (x1 + t * dx), v - (y1 + t * dy));
}
