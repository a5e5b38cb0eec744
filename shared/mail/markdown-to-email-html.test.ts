// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { emailHtmlDocument, markdownToEmailHtml } from '..';

// shared/ is type-checked without the DOM library; these few members are all the tests use of it.
interface ParsedElement {
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): ParsedElement | null;
  querySelectorAll(selectors: string): ArrayLike<ParsedElement> & Iterable<ParsedElement>;
}
interface ParsedDocument {
  readonly title: string;
  readonly body: ParsedElement;
  querySelector(selectors: string): ParsedElement | null;
}
const { DOMParser } = globalThis as unknown as { DOMParser: new () => { parseFromString(html: string, type: 'text/html'): ParsedDocument } };
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const dom = (html: string) => parse(`<body>${html}</body>`).body;

describe('markdownToEmailHtml', () => {
  test('formatting survives with inline styles (mail clients drop style sheets)', () => {
    const body = dom(markdownToEmailHtml('Dear **Priya**,\n\n- one\n- two\n\n> quoted\n\n`code`'));
    expect(body.querySelector('strong')?.textContent).toBe('Priya');
    expect(body.querySelectorAll('li')).toHaveLength(2);
    for (const element of body.querySelectorAll('div, p, ul, li, blockquote, code')) expect(element.getAttribute('style')).toBeTruthy();
    expect(body.querySelector('style, link, [class]')).toBeNull();
  });

  test('raw HTML never becomes markup: no script, no handler, no frame', () => {
    const html = markdownToEmailHtml('<script>alert(1)</script> <img src=x onerror="alert(2)"> <iframe src="https://evil.example"></iframe> <a href="javascript:alert(3)">x</a>\n\n<div onclick="alert(4)">block</div>');
    const body = dom(html);
    expect(body.querySelector('script, img, iframe, [onerror], [onclick]')).toBeNull();
    expect(body.querySelectorAll('a')).toHaveLength(0);
    expect(html).not.toMatch(/<(script|img|iframe)/iu);
  });

  test('only https and mailto links are kept; other schemes keep their text', () => {
    const body = dom(markdownToEmailHtml('[a](https://example.com/?q=1&x="y") [b](mailto:sam@example.com) [c](javascript:alert(1)) [d](http://plain.example) [e](file:///etc/passwd)'));
    const links = Array.from(body.querySelectorAll('a'), (a) => a.getAttribute('href'));
    expect(links).toEqual(['https://example.com/?q=1&x="y"', 'mailto:sam@example.com']);
    expect(body.textContent).toContain('c d e');
  });

  test('images are not loaded: their description stays', () => {
    const body = dom(markdownToEmailHtml('![team photo](https://tracker.example/pixel.gif)'));
    expect(body.querySelector('img')).toBeNull();
    expect(body.textContent).toContain('team photo');
  });

  test('text is escaped; entities show as the characters they name', () => {
    const body = dom(markdownToEmailHtml('Q&A <3 &copy; "quotes" & emoji 🙏 and شكرا'));
    expect(body.textContent?.trim()).toBe('Q&A <3 © "quotes" & emoji 🙏 and شكرا');
  });

  test('the document version is a complete HTML page with the subject as its title', () => {
    const document = parse(emailHtmlDocument('Merci <Zoë> & co', 'Hi'));
    expect(document.title).toBe('Merci <Zoë> & co');
    expect(document.querySelector('meta[charset="utf-8"]')).not.toBeNull();
    expect(document.body.textContent?.trim()).toBe('Hi');
  });
});
