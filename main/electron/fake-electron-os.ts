/**
 * TEST ONLY: the operating-system side of the faked `electron` module (tray, menus,
 * notifications, power events, images), re-exported by fake-electron.ts. Same names and
 * semantics as Electron's, modelling only what the shell touches.
 */
import { EventEmitter } from 'node:events';
import type { MenuItemConstructorOptions } from 'electron';
import { vi } from 'vitest';

/** One representation of an image: the PNG (or data URL) it was made from and its scale. */
export interface FakeImageRep {
  scaleFactor: number;
  png: Buffer;
}

export class FakeNativeImage {
  readonly reps: FakeImageRep[] = [];
  template = false;
  addRepresentation = vi.fn((options: { scaleFactor?: number; buffer?: Buffer; dataURL?: string }) => {
    const png = options.buffer ?? Buffer.from((options.dataURL ?? '').replace(/^data:image\/png;base64,/u, ''), 'base64');
    this.reps.push({ scaleFactor: options.scaleFactor ?? 1, png });
  });
  setTemplateImage = vi.fn((option: boolean) => {
    this.template = option;
  });
  isTemplateImage = (): boolean => this.template;
  isEmpty = (): boolean => this.reps.length === 0;
}

export const nativeImage = {
  createEmpty: vi.fn(() => new FakeNativeImage()),
  createFromBuffer: vi.fn((buffer: Buffer, options?: { scaleFactor?: number }) => {
    const image = new FakeNativeImage();
    image.reps.push({ scaleFactor: options?.scaleFactor ?? 1, png: buffer });
    return image;
  }),
  createFromDataURL: vi.fn((dataURL: string) => {
    const image = new FakeNativeImage();
    image.addRepresentation({ dataURL });
    return image;
  }),
};

/** Electron's Menu keeps MenuItems; the fake keeps the template it was built from. */
export class FakeMenu {
  static applicationMenu: FakeMenu | null = null;
  static buildFromTemplate = vi.fn((template: MenuItemConstructorOptions[]) => new FakeMenu(template));
  static setApplicationMenu = vi.fn((menu: FakeMenu | null) => {
    FakeMenu.applicationMenu = menu;
  });
  static getApplicationMenu = (): FakeMenu | null => FakeMenu.applicationMenu;
  constructor(readonly template: MenuItemConstructorOptions[]) {}
}
export const Menu = FakeMenu;

/** The item with this label anywhere in a template (submenus included), or undefined. */
export function findMenuItem(template: readonly MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
  for (const item of template) {
    if (item.label === label) return item;
    const found = Array.isArray(item.submenu) ? findMenuItem(item.submenu, label) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** Clicks an item as Electron does (item, focused window, keyboard event). */
export function clickMenuItem(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error(`Menu item ${item?.label ?? '(missing)'} has no click handler.`);
  (item.click as (...args: unknown[]) => void)(item, undefined, {});
}

export class FakeTray extends EventEmitter {
  static instances: FakeTray[] = [];
  tooltip = '';
  title = '';
  contextMenu: FakeMenu | null = null;
  destroyed = false;
  constructor(public image: FakeNativeImage | string) {
    super();
    FakeTray.instances.push(this);
  }
  setToolTip = vi.fn((toolTip: string) => {
    this.tooltip = toolTip;
  });
  /** macOS only in Electron; the fake records it everywhere. */
  setTitle = vi.fn((title: string) => {
    this.title = title;
  });
  setContextMenu = vi.fn((menu: FakeMenu | null) => {
    this.contextMenu = menu;
  });
  setImage = vi.fn((image: FakeNativeImage | string) => {
    this.image = image;
  });
  destroy = vi.fn(() => {
    this.destroyed = true;
  });
  isDestroyed = (): boolean => this.destroyed;
}
export const Tray = FakeTray;

export interface FakeNotificationOptions {
  id?: string;
  title?: string;
  body?: string;
  silent?: boolean;
  actions?: { type: 'button' | 'selection'; text?: string }[];
}

/** Created with options, shown with show(); tests emit 'click', 'action', 'close' on it. */
export class FakeNotification extends EventEmitter {
  static instances: FakeNotification[] = [];
  static isSupported = vi.fn((): boolean => true);
  shown = false;
  closed = false;
  constructor(readonly options: FakeNotificationOptions = {}) {
    super();
    FakeNotification.instances.push(this);
  }
  show = vi.fn(() => {
    this.shown = true;
  });
  close = vi.fn(() => {
    this.closed = true;
  });
  /** The user clicks the button at `actionIndex` (macOS). */
  pressAction(actionIndex: number): void {
    this.emit('action', { actionIndex, selectionIndex: -1, preventDefault: () => undefined }, actionIndex, -1);
  }
}
export const Notification = FakeNotification;

export const powerMonitor = new EventEmitter();

export function resetFakeElectronOs(): void {
  FakeMenu.applicationMenu = null;
  FakeTray.instances = [];
  FakeNotification.instances = [];
  powerMonitor.removeAllListeners();
}
