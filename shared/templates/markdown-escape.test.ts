import { describe, expect, it } from 'vitest';
import { escapeMarkdownText, markdownCodeSpan, toSingleLine } from './markdown-escape';

describe('escapeMarkdownText', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['<!-- hidden -->', '\\<!-- hidden --\\>'],
    ['*Bob*', '\\*Bob\\*'],
    ['__Bob__', '\\_\\_Bob\\_\\_'],
    ['`rm -rf`', '\\`rm -rf\\`'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['![x](https://tracker.example/p.gif)', '!\\[x\\](https://tracker.example/p.gif)'],
    ['<https://example.com>', '\\<https://example.com\\>'],
    ['# Roadmap', '\\# Roadmap'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['1. not a list', '1\\. not a list'],
    ['2024) a year', '2024\\) a year'],
    ['> not a quote', '\\> not a quote'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['a | b', 'a \\| b'],
    ['C:\\path', 'C:\\\\path'],
    ['~50 to ~100 people', '\\~50 to \\~100 people'],
    ['&amp; and &#60; and &#x3C;', '\\&amp; and \\&#60; and \\&#x3C;'],
    ['{{me.name}}', '\\{\\{me.name\\}\\}'],
    ['snake_case_name', 'snake\\_case\\_name'],
  ])('%j → %j', (input, expected) => expect(escapeMarkdownText(input)).toBe(expected));

  it.each([
    ["O'Brien-Smith", "O'Brien-Smith"],
    ['AT&T and R&D', 'AT&T and R&D'],
    ['3-5 people, 10.5 hours (roughly)', '3-5 people, 10.5 hours (roughly)'],
    ['Zoë 🎉 #1 fan', 'Zoë 🎉 #1 fan'],
  ])('leaves ordinary punctuation readable: %j', (input, expected) => expect(escapeMarkdownText(input)).toBe(expected));

  it('keeps a value on one line, without control characters', () => {
    expect(escapeMarkdownText('  # first\r\n\n# second\u0007  ')).toBe('\\# first # second');
  });
});

describe('toSingleLine', () => {
  it('joins lines and squeezes whitespace', () => expect(toSingleLine(' a\n\tb\r\nc ')).toBe('a b c'));
});

describe('markdownCodeSpan', () => {
  it.each([
    ['javascript:alert(1)', '`javascript:alert(1)`'],
    ['a`b', '``a`b``'],
    ['`x`', '`` `x` ``'],
  ])('%j → %j', (input, expected) => expect(markdownCodeSpan(input)).toBe(expected));
});
