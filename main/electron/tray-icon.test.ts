import { inflateSync } from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeElectron, type FakeNativeImage } from './fake-electron';
import { crc32, PNG_SIGNATURE } from './png';
import { iconPng, trayIcon } from './tray-icon';

vi.mock('electron', () => import('./fake-electron'));

interface DecodedPng {
  width: number;
  height: number;
  /** RGBA, rows top to bottom. */
  pixels: Buffer;
}

/** Reads back what encodePng writes (8-bit RGBA, filter 0), checking every chunk's CRC. */
function decodePng(png: Buffer): DecodedPng {
  expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  let at = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect([...body.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(data));
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width * 4 + 1)]).toBe(0);
    rows.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, pixels };
}

const alphaAt = ({ width, pixels }: DecodedPng, x: number, y: number) => pixels[(y * width + x) * 4 + 3]!;

beforeEach(() => resetFakeElectron());

describe('tray icon (faked electron module)', () => {
  it('is a valid PNG of the asked size', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    const decoded = decodePng(iconPng(32, 'colour'));
    expect([decoded.width, decoded.height]).toEqual([32, 32]);
  });

  it('macOS: a black template image at 1×, 1.5× and 2×, which the menu bar tints', () => {
    const image = trayIcon('darwin') as unknown as FakeNativeImage;
    expect(image.isTemplateImage()).toBe(true);
    expect(image.reps.map((rep) => [rep.scaleFactor, decodePng(rep.png).width])).toEqual([[1, 16], [1.5, 24], [2, 32]]);
    const { pixels } = decodePng(image.reps[2]!.png);
    for (let i = 0; i < pixels.length; i += 4) expect([pixels[i], pixels[i + 1], pixels[i + 2]]).toEqual([0, 0, 0]);
    // The envelope's outline is drawn, its inside and the corners are clear.
    const big = decodePng(image.reps[2]!.png);
    expect(alphaAt(big, 16, 7)).toBe(255); // top edge
    expect(alphaAt(big, 16, 20)).toBe(0); // inside, under the flap
    expect(alphaAt(big, 0, 0)).toBe(0);
  });

  it('Windows and Linux: a white envelope on an opaque accent square, readable on light and dark panels', () => {
    const image = trayIcon('win32') as unknown as FakeNativeImage;
    expect(image.isTemplateImage()).toBe(false);
    const big = decodePng(image.reps.find((rep) => rep.scaleFactor === 2)!.png);
    const at = (x: number, y: number) => [...big.pixels.subarray((y * 32 + x) * 4, (y * 32 + x) * 4 + 4)];
    expect(at(16, 20)).toEqual([0x2f, 0x6f, 0x5e, 255]); // inside the envelope, under the flap: accent
    expect(at(16, 9)).toEqual([255, 255, 255, 255]); // top edge: white
    expect(at(0, 0)[3]).toBeLessThan(64); // rounded corner
  });
});
