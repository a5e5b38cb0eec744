import { describe, expect, it } from 'vitest';
import { encodeLinkDestination, followUpMarkdown, followUpPlain } from './markdown-link';

describe('encodeLinkDestination', () => {
  it.each([
    ['https://example.com/a b', 'https://example.com/a%20b'],
    ['https://example.com/x) [click](javascript:alert(1))', 'https://example.com/x%29%20[click]%28javascript:alert%281%29%29'],
    ['https://example.com/<script>', 'https://example.com/%3Cscript%3E'],
    ['https://example.com/"title"', 'https://example.com/%22title%22'],
    ['https://example.com/a\\b', 'https://example.com/a%5Cb'],
    ['https://example.com/{{me.name}}', 'https://example.com/%7B%7Bme.name%7D%7D'],
    ['https://example.com/café', 'https://example.com/caf%C3%A9'],
    ['https://example.com/100%25?q=50%', 'https://example.com/100%25?q=50%25'],
    ['https://example.com/p?a=1&b=2#top', 'https://example.com/p?a=1&b=2#top'],
    ['mailto:priya@example.com?subject=Hi there', 'mailto:priya@example.com?subject=Hi%20there'],
  ])('%j → %j', (input, expected) => expect(encodeLinkDestination(input)).toBe(expected));
});

describe('followUpMarkdown', () => {
  it('links text to an https URL', () => {
    expect(followUpMarkdown({ text: 'The talk I mentioned', url: 'https://example.com/talk' })).toBe('[The talk I mentioned](https://example.com/talk)');
  });

  it('escapes the link text and encodes the URL so neither can break out', () => {
    expect(followUpMarkdown({ text: 'My *deck* [v2] <b>', url: 'https://example.com/deck (final).pdf' })).toBe(
      '[My \\*deck\\* \\[v2\\] \\<b\\>](https://example.com/deck%20%28final%29.pdf)',
    );
  });

  it('shows a bare URL as an autolink and text without a URL as text', () => {
    expect(followUpMarkdown({ text: '', url: 'https://example.com/a b' })).toBe('<https://example.com/a%20b>');
    expect(followUpMarkdown({ text: 'My portfolio, printed', url: '' })).toBe('My portfolio, printed');
    expect(followUpMarkdown({ text: '', url: '' })).toBe('');
  });

  it('links mailto: addresses', () => {
    expect(followUpMarkdown({ text: 'Introduce me to Ana', url: 'mailto:ana@example.com' })).toBe('[Introduce me to Ana](mailto:ana@example.com)');
  });

  it.each([
    [{ text: 'Click', url: 'javascript:alert(1)' }, 'Click (`javascript:alert(1)`)'],
    [{ text: '', url: 'http://example.com/old' }, '`http://example.com/old`'],
    [{ text: 'Notes', url: 'file:///etc/passwd' }, 'Notes (`file:///etc/passwd`)'],
    [{ text: 'Login', url: 'https://user@evil.example/' }, 'Login (`https://user@evil.example/`)'],
    [{ text: 'Tabbed', url: 'java\tscript:alert(1)' }, 'Tabbed (`java script:alert(1)`)'],
  ])('shows a URL the app would not open as inert text: %j', (followUp, expected) => {
    expect(followUpMarkdown(followUp)).toBe(expected);
  });
});

describe('followUpPlain', () => {
  it('is the text, else the URL', () => {
    expect(followUpPlain({ text: ' The talk ', url: 'https://example.com' })).toBe('The talk');
    expect(followUpPlain({ text: '', url: 'https://example.com' })).toBe('https://example.com');
  });
});
