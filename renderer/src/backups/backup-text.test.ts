import { describe, expect, it } from 'vitest';
import { fileSize } from './backup-text';

describe('fileSize', () => {
  it('says kilobytes below a megabyte and megabytes above, never "0 KB"', () => {
    expect(fileSize(100)).toBe('1 KB');
    expect(fileSize(820 * 1024)).toBe('820 KB');
    expect(fileSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(fileSize(64.4 * 1024 * 1024)).toBe('64 MB');
  });
});
