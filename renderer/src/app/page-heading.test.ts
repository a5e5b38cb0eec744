import { describe, expect, it } from 'vitest';
import { pageTitle } from './page-heading';

describe('pageTitle', () => {
  it('names the screen first, then the app', () => {
    expect(pageTitle('Dashboard')).toBe('Dashboard – Thankful');
  });

  it('reads a heading laid out on several lines as one line', () => {
    expect(pageTitle('  Thank-you to\n   نور الهدى ')).toBe('Thank-you to نور الهدى – Thankful');
  });

  it('is the app name alone while a screen has no heading yet', () => {
    expect(pageTitle(undefined)).toBe('Thankful');
    expect(pageTitle('   ')).toBe('Thankful');
  });
});
