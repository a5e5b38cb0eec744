import { describe, expect, it } from 'vitest';
import { sendMenuItems } from './send-menu-items';

describe('sendMenuItems', () => {
  it('offers the four ways, in order', () => {
    expect(sendMenuItems({ desktop: true, noAddress: false, openAfterSaving: true }).map((item) => item.label)).toEqual([
      'Open in mail app',
      'Save as email draft (.eml)',
      'Copy as rich text',
      'Copy as plain text',
    ]);
  });

  it('says that a browser downloads the draft, and opens it after saving only in the desktop app', () => {
    const [, browser] = sendMenuItems({ desktop: false, noAddress: false, openAfterSaving: true });
    expect(browser?.hint).toMatch(/Your browser downloads it/u);
    expect(browser?.action).toEqual({ kind: 'email-file', openAfterSaving: false });
    const [, desktop] = sendMenuItems({ desktop: true, noAddress: false, openAfterSaving: true });
    expect(desktop?.action).toEqual({ kind: 'email-file', openAfterSaving: true });
  });

  it('says the mail app will ask for an address when the person has none', () => {
    expect(sendMenuItems({ desktop: false, noAddress: true, openAfterSaving: false })[0]?.hint).toMatch(/your mail app asks who it goes to/u);
  });
});
