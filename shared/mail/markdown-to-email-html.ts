import { escapeUTF8 } from 'entities';
import { Marked, type Tokens } from 'marked';
import { isAllowedExternalUrl } from '../security/external-url';
import { htmlToText } from './html-to-text';

/**
 * Inline styles, since mail clients drop <style> blocks and classes: a readable system font,
 * calm link colour, quotes and code set apart. Nothing that depends on a stylesheet.
 */
const STYLE = {
  body: 'font-family:-apple-system,BlinkMacSystemFont,&quot;Segoe UI&quot;,Roboto,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2328',
  p: 'margin:0 0 1em 0',
  h: 'margin:0 0 0.6em 0;font-size:1.15em;font-weight:600',
  list: 'margin:0 0 1em 0;padding-left:1.6em',
  li: 'margin:0 0 0.25em 0',
  a: 'color:#1a5fb4;text-decoration:underline',
  blockquote: 'margin:0 0 1em 0;padding:0 0 0 1em;border-left:3px solid #d0d7de;color:#57606a',
  pre: 'margin:0 0 1em 0;padding:0.6em 0.8em;background:#f6f8fa;border-radius:4px;white-space:pre-wrap;font-family:Consolas,Menlo,monospace;font-size:13px',
  code: 'font-family:Consolas,Menlo,monospace;font-size:0.92em;background:#f6f8fa;padding:0 0.2em;border-radius:3px',
  table: 'border-collapse:collapse;margin:0 0 1em 0',
  cell: 'border:1px solid #d0d7de;padding:0.3em 0.6em;text-align:left;vertical-align:top',
  hr: 'border:0;border-top:1px solid #d0d7de;margin:1em 0',
} as const;

/**
 * HTML safe by construction, rather than cleaned afterwards (shared/ has no DOM for a sanitizer):
 * raw HTML in the note becomes its text, only https:/mailto: links are kept, images become their
 * description (a thank-you should not load remote pictures in the reader's mail), and every
 * text and attribute value is escaped by marked or here.
 */
const marked = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeUTF8(htmlToText(text)).replace(/\n/gu, '<br>');
    },
    link({ href, tokens }: Tokens.Link) {
      const label = this.parser.parseInline(tokens);
      if (!isAllowedExternalUrl(href)) return label;
      return `<a href="${escapeUTF8(href)}" style="${STYLE.a}">${label}</a>`;
    },
    image({ text }: Tokens.Image) {
      return escapeUTF8(text);
    },
    paragraph({ tokens }: Tokens.Paragraph) {
      return `<p style="${STYLE.p}">${this.parser.parseInline(tokens)}</p>\n`;
    },
    heading({ tokens }: Tokens.Heading) {
      return `<p style="${STYLE.h}">${this.parser.parseInline(tokens)}</p>\n`;
    },
    codespan({ text }: Tokens.Codespan) {
      return `<code style="${STYLE.code}">${escapeUTF8(text)}</code>`;
    },
    code({ text }: Tokens.Code) {
      return `<pre style="${STYLE.pre}">${escapeUTF8(text)}</pre>\n`;
    },
    hr() {
      return `<hr style="${STYLE.hr}">\n`;
    },
  },
});

// The tags marked writes itself for these get their style added; user text never reaches here
// unescaped, so a tag in the output is always one of marked's.
const STYLED_TAGS: Record<string, string> = {
  ul: STYLE.list,
  ol: STYLE.list,
  li: STYLE.li,
  blockquote: STYLE.blockquote,
  table: STYLE.table,
  th: STYLE.cell,
  td: STYLE.cell,
};

/** The note as an HTML fragment with inline styles, for the clipboard and for mail. */
export function markdownToEmailHtml(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  const styled = html.replace(/<(ul|ol|li|blockquote|table|th|td)(\s[^>]*)?>/gu, (_match, tag: string, attributes = '') => {
    const align = /align="(left|center|right)"/u.exec(attributes)?.[1];
    const style = align ? `${STYLED_TAGS[tag]};text-align:${align}` : STYLED_TAGS[tag];
    return `<${tag}${attributes.replace(/\salign="[^"]*"/u, '')} style="${style}">`;
  });
  return `<div style="${STYLE.body}">\n${styled}</div>`;
}

/** A whole HTML document around the fragment, for the HTML part of an email. */
export function emailHtmlDocument(subject: string, markdown: string): string {
  return [
    '<!DOCTYPE html>',
    '<html>',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
    `<title>${escapeUTF8(subject)}</title></head>`,
    `<body style="margin:0;padding:16px">${markdownToEmailHtml(markdown)}</body>`,
    '</html>',
  ].join('\n');
}
