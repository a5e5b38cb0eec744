// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BLOCKED_IMAGE_CLASS, REMOVED_LINK_TITLE, renderMarkdown } from './render-markdown';

/** The rendered preview as a DOM, to ask what is in it rather than match strings. */
function render(markdown: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = renderMarkdown(markdown);
  return root;
}

/** Every attribute name in the tree, to check that no handler or style slipped through. */
function attributeNames(root: HTMLElement): string[] {
  return [...root.querySelectorAll('*')].flatMap((element) => element.getAttributeNames());
}

describe('renderMarkdown', () => {
  it('renders ordinary Markdown: emphasis, lists, line breaks', () => {
    const root = render('Dear **Priya**,\n\nI *enjoyed* it.\nSecond line.\n\n- one\n- two\n\n1. first\n2. second');
    expect(root.querySelector('strong')?.textContent).toBe('Priya');
    expect(root.querySelector('em')?.textContent).toBe('enjoyed');
    expect(root.querySelectorAll('ul li')).toHaveLength(2);
    expect(root.querySelectorAll('ol li')).toHaveLength(2);
    // A single line break stays a line break, as in the email.
    expect(root.querySelectorAll('p')[1]!.querySelector('br')).not.toBeNull();
  });

  it('drops a <script> and its content', () => {
    const root = render('Hello <script>window.__pwned = 1</script> there\n\n<script src="https://evil.example/x.js"></script>');
    expect(root.querySelector('script')).toBeNull();
    expect(root.textContent).not.toContain('__pwned');
  });

  it('removes event handlers such as <img src=x onerror=…>', () => {
    const root = render('<img src=x onerror="window.__pwned=1">\n\n<p onclick="alert(1)" onmouseover="alert(2)">text</p>');
    expect(attributeNames(root).filter((name) => name.startsWith('on'))).toEqual([]);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector(`.${BLOCKED_IMAGE_CLASS}`)?.textContent).toBe('Image not loaded');
    expect(root.textContent).toContain('text');
  });

  it('neutralizes a javascript: link written in Markdown', () => {
    const root = render('[click me](javascript:alert(1)) and [also](JavaScript:alert%281%29) and [spaced]( javascript:alert(1))');
    for (const link of root.querySelectorAll('a')) expect(link.hasAttribute('href')).toBe(false);
    expect(root.textContent).toContain('click me');
  });

  it('neutralizes javascript:, data: and vbscript: hrefs written in HTML', () => {
    const root = render(
      '<a href="javascript:alert(1)">a</a> <a href="  jav&#x09;ascript:alert(1)">b</a> <a href="data:text/html,<script>alert(1)</script>">c</a> <a href="vbscript:msgbox(1)">d</a>',
    );
    const links = [...root.querySelectorAll('a')];
    expect(links).toHaveLength(4);
    for (const link of links) {
      expect(link.hasAttribute('href')).toBe(false);
      expect(link.getAttribute('title')).toBe(REMOVED_LINK_TITLE);
    }
  });

  it('keeps https and mailto links, opening outside the app', () => {
    const root = render('[talk](https://example.com/talk?a=1&b=2) <priya@example.com> [mail](mailto:sam@example.com)');
    const links = [...root.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://example.com/talk?a=1&b=2', 'mailto:priya@example.com', 'mailto:sam@example.com']);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noreferrer noopener');
    }
  });

  it('drops http:, relative and fragment links (only https and mailto leave the app)', () => {
    const root = render('[a](http://example.com) [b](/settings) [c](#/people/1) [d](file:///etc/passwd)');
    for (const link of root.querySelectorAll('a')) expect(link.hasAttribute('href')).toBe(false);
  });

  it('removes iframes, objects, forms and styles', () => {
    const root = render(
      '<iframe src="https://evil.example"></iframe><object data="x"></object><embed src="x"><form action="https://evil.example"><input name="a"><button>go</button></form><style>body{display:none}</style>',
    );
    for (const tag of ['iframe', 'object', 'embed', 'form', 'input', 'button', 'style']) expect(root.querySelector(tag)).toBeNull();
    expect(root.textContent).not.toContain('display:none');
  });

  it('removes style, class and id attributes', () => {
    const root = render('<p style="position:fixed;inset:0" class="button primary" id="root">Styled</p>\n\n<span style="color:red">red</span>');
    expect(attributeNames(root)).toEqual([]);
    expect(root.textContent).toContain('Styled');
  });

  it('does not load a remote image; shows a placeholder with its description', () => {
    const root = render('![Team photo](https://tracker.example/pixel.png)\n\n<img src="https://tracker.example/p.gif" alt="pixel"> <img srcset="https://x.example/a.png 2x">');
    expect(root.querySelector('img')).toBeNull();
    const placeholders = [...root.querySelectorAll(`.${BLOCKED_IMAGE_CLASS}`)].map((p) => p.textContent);
    expect(placeholders).toEqual(['Image not loaded: Team photo', 'Image not loaded: pixel', 'Image not loaded']);
    expect(root.innerHTML).not.toContain('tracker.example');
  });

  it('shows an inline data: picture (nothing is fetched)', () => {
    const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const root = render(`![dot](${pixel})\n\n<img src="data:image/svg+xml,<svg onload=alert(1)>">`);
    const images = [...root.querySelectorAll('img')];
    expect(images).toHaveLength(1);
    expect(images[0]!.getAttribute('src')).toBe(pixel);
    expect(root.querySelectorAll(`.${BLOCKED_IMAGE_CLASS}`)).toHaveLength(1);
  });

  it('removes svg and math (with their scripts and handlers)', () => {
    const root = render('<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>x</text></a></svg><math><mi xlink:href="javascript:alert(1)">y</mi></math>');
    expect(root.querySelector('svg')).toBeNull();
    expect(root.querySelector('math')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
  });

  it('does not let a user-written placeholder class bring other classes in', () => {
    const root = render(`<span class="${BLOCKED_IMAGE_CLASS} button">x</span> <em class="${BLOCKED_IMAGE_CLASS}">y</em>`);
    expect([...root.querySelectorAll('[class]')].map((element) => element.getAttribute('class'))).toEqual([]);
  });

  it('shows special characters, emoji and right-to-left text as typed', () => {
    const root = render('Q&A: 100% sure? #1 + more 🎉\n\nשלום עולם — مرحبا');
    expect(root.textContent).toContain('Q&A: 100% sure? #1 + more 🎉');
    expect(root.textContent).toContain('שלום עולם — مرحبا');
  });

  it('drops a <style> element with its CSS, also spelled oddly', () => {
    const root = render('<style>body{display:none}</style>\n\n<STYLE type="text/css">p{}</STYLE>\n\n<svg><style>a{}</style></svg> text');
    expect(root.querySelector('style')).toBeNull();
    expect(root.textContent).not.toMatch(/display|p\{\}|a\{\}/u);
    expect(root.textContent).toContain('text');
  });

  it('removes handlers however the attribute is separated', () => {
    const root = render('<img/onerror="window.__pwned=1"src=x> <a href="https://example.com"onclick="alert(1)">x</a> <b\nonmouseover=alert(1)>y</b>');
    expect(attributeNames(root).filter((name) => name.startsWith('on') || name.startsWith('data-'))).toEqual([]);
  });

  it('leaves text that only looks like an attribute alone', () => {
    const root = render('Set online=true and style=plain, then `<p style="x" onclick="y">` in code.');
    expect(root.textContent?.trim()).toBe('Set online=true and style=plain, then <p style="x" onclick="y"> in code.');
  });

  it('renders an empty note as nothing', () => {
    expect(renderMarkdown('')).toBe('');
  });
});
