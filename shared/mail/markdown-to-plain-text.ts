import { decodeHTML } from 'entities';
import { Lexer, type Token, type Tokens } from 'marked';
import { isAllowedExternalUrl } from '../security/external-url';
import { htmlToText } from './html-to-text';

/**
 * A note written in Markdown, as plain text that reads well in any mail client: paragraphs kept,
 * lists as "- " or "1. " (nested ones indented), links as "text (url)" or the bare URL when the
 * text is the URL, emphasis markers dropped, headings as plain lines, code verbatim, HTML
 * entities decoded, tags removed. Line breaks are "\n"; a single line break in the source is
 * kept, as the preview shows it (`breaks: true`).
 *
 * Built on marked's lexer, so it agrees with the preview about what the Markdown means.
 */
export function markdownToPlainText(markdown: string): string {
  const tokens = new Lexer({ gfm: true, breaks: true }).lex(markdown);
  return tidy(blocks(tokens));
}

function blocks(tokens: readonly Token[], separator = '\n\n'): string {
  return tokens
    .map(block)
    .filter((text) => text !== '')
    .join(separator);
}

function block(token: Token): string {
  switch (token.type) {
    case 'paragraph':
    case 'heading':
      return inline((token as Tokens.Paragraph | Tokens.Heading).tokens);
    case 'text': {
      // Inside a tight list item a paragraph arrives as a block-level text token.
      const text = token as Tokens.Text;
      return text.tokens ? inline(text.tokens) : decodeHTML(text.text);
    }
    case 'list':
      return list(token as Tokens.List);
    case 'code':
      return (token as Tokens.Code).text;
    case 'blockquote':
      return prefixLines(blocks((token as Tokens.Blockquote).tokens), '> ');
    case 'hr':
      return '———';
    case 'table':
      return table(token as Tokens.Table);
    case 'html':
      return htmlToText((token as Tokens.HTML).text).trim();
    default:
      // `space`, link definitions and anything unknown add no text.
      return '';
  }
}

function list(token: Tokens.List): string {
  const start = typeof token.start === 'number' ? token.start : 1;
  const items = token.items.map((item, index) => {
    const marker = token.ordered ? `${start + index}. ` : '- ';
    const task = item.task ? (item.checked ? '[x] ' : '[ ] ') : '';
    // Item content: its own text and any nested list, indented under the marker.
    const content = blocks(
      item.tokens.filter((child) => child.type !== 'checkbox'),
      item.loose ? '\n\n' : '\n',
    );
    const [first = '', ...rest] = content.split('\n');
    const indent = ' '.repeat(marker.length);
    return [marker + task + first, ...rest.map((line) => (line === '' ? '' : indent + line))].join('\n');
  });
  return items.join(token.loose ? '\n\n' : '\n');
}

function table(token: Tokens.Table): string {
  const row = (cells: readonly Tokens.TableCell[]) => cells.map((cell) => inline(cell.tokens).replace(/\n/gu, ' ')).join(' | ');
  return [row(token.header), ...token.rows.map(row)].join('\n');
}

function inline(tokens: readonly Token[] | undefined): string {
  return (tokens ?? []).map(inlineToken).join('');
}

function inlineToken(token: Token): string {
  switch (token.type) {
    case 'text': {
      const text = token as Tokens.Text;
      return text.tokens ? inline(text.tokens) : decodeHTML(text.text);
    }
    case 'strong':
    case 'em':
    case 'del':
      return inline((token as Tokens.Strong).tokens);
    case 'codespan':
      // A code span shows its characters as typed, entities included.
      return (token as Tokens.Codespan).text;
    case 'escape':
      return (token as Tokens.Escape).text;
    case 'br':
      return '\n';
    case 'link':
      return link(token as Tokens.Link);
    case 'image': {
      const image = token as Tokens.Image;
      return decodeHTML(image.text);
    }
    case 'html':
      return htmlToText((token as Tokens.Tag).text);
    default:
      return 'text' in token && typeof token.text === 'string' ? token.text : '';
  }
}

function link(token: Tokens.Link): string {
  const label = inline(token.tokens).trim();
  const href = token.href;
  // A link the app would not open (javascript:, file:) is shown as its text only.
  if (!isAllowedExternalUrl(href) && !/^http:\/\//iu.test(href)) return label;
  const address = href.replace(/^mailto:/iu, '');
  if (label === '' || sameTarget(label, href) || (address !== href && sameTarget(label, safeDecode(address)))) return address;
  return `${label} (${address})`;
}

/** "example.com/x" and "https://example.com/x/" name the same page as far as a reader cares. */
function sameTarget(label: string, href: string): boolean {
  const bare = (value: string) => value.replace(/^https?:\/\//iu, '').replace(/\/$/u, '').toLowerCase();
  return bare(label) === bare(href) || bare(label) === bare(safeDecode(href));
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function prefixLines(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? prefix.trimEnd() : prefix + line))
    .join('\n');
}

/** No trailing spaces, at most one blank line in a row, nothing blank at either end. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .replace(/^\n+|\n+$/gu, '');
}
