import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from './external-url';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://example.com',
    'https://www.linkedin.com/in/priya-raman?trk=abc',
    'HTTPS://EXAMPLE.COM/path',
    'mailto:priya@example.com',
    'mailto:priya@example.com?subject=Thank%20you&body=Hi%20Priya%0D%0A',
    'mailto:a@example.com,b@example.com',
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' https://example.com',
    'https://example.com/ with space',
    'file:///etc/passwd',
    'http://example.com',
    'ftp://example.com',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'ms-msdt:/id',
    'app://thankful/index.html',
    'https:example.com',
    'https://',
    'https://user:pass@evil.example',
    'https://trusted.example@evil.example',
    '//example.com',
    'example.com',
    '',
    'mailto:a@b.c\r\nbcc:x@y.z',
    'https://example.com/\u00a0evil',
    '\u00a0https://example.com',
    'https://example.com\u2028',
    'mailto:a@b.c\u0085bcc:x@y.z',
    'https://exa\u200bmple.com',
    'https://example.com/\u202eexe.pdf',
    'https://example.com/\ufeff',
  ])('refuses %j', (url) => expect(isAllowedExternalUrl(url)).toBe(false));

  it('refuses non-strings and absurdly long links', () => {
    expect(isAllowedExternalUrl(undefined)).toBe(false);
    expect(isAllowedExternalUrl({ toString: () => 'https://x.y' })).toBe(false);
    expect(isAllowedExternalUrl(`https://example.com/${'a'.repeat(40_000)}`)).toBe(false);
  });
});
