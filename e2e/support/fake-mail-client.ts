import type { Page } from '@playwright/test';

/**
 * There is no mail client on the test machines, so the mail client is faked: a click on a
 * `mailto:` link (how the page opens one in browser mode) is recorded and cancelled, in a
 * capture-phase listener that runs before the browser would hand the link to the system.
 */
export async function fakeMailClient(page: Page): Promise<{ links(): Promise<string[]> }> {
  const install = () => {
    // Runs in the page; the e2e tsconfig has no DOM types, hence the casts.
    interface Click {
      target: { closest?(selector: string): { href: string } | null } | null;
      preventDefault(): void;
    }
    const page = globalThis as unknown as { __mailtoLinks: string[]; addEventListener(type: 'click', listener: (event: Click) => void, capture: boolean): void };
    const links: string[] = [];
    page.__mailtoLinks = links;
    page.addEventListener(
      'click',
      (event) => {
        const link = event.target?.closest?.('a[href^="mailto:"]');
        if (!link) return;
        links.push(link.href);
        event.preventDefault();
      },
      true,
    );
  };
  await page.addInitScript(install);
  // The page is already open: the init script runs from the next load on, so install it now too.
  await page.evaluate(install);
  return { links: () => page.evaluate(() => (globalThis as unknown as { __mailtoLinks: string[] }).__mailtoLinks) };
}

export interface ParsedMailto {
  to: string[];
  /** The raw (still encoded) header fields, for checks on the encoding itself. */
  raw: Record<string, string>;
  subject: string | undefined;
  body: string | undefined;
}

/**
 * A `mailto:` link taken apart the RFC 6068 way. Not with URLSearchParams, which reads `+` as a
 * space: in a mail link `+` is a plus (spaces are `%20`).
 */
export function parseMailto(href: string): ParsedMailto {
  if (!href.startsWith('mailto:')) throw new Error(`Not a mailto: link: ${href}`);
  const [recipients = '', query = ''] = href.slice('mailto:'.length).split('?');
  const raw: Record<string, string> = {};
  for (const pair of query ? query.split('&') : []) {
    const [name = '', value = ''] = pair.split('=');
    raw[name] = value;
  }
  const decode = (value: string | undefined) => (value === undefined ? undefined : decodeURIComponent(value));
  return { to: recipients ? recipients.split(',').map(decodeURIComponent) : [], raw, subject: decode(raw.subject), body: decode(raw.body) };
}
