import { describe, expect, test } from 'vitest';
import { buildMailto, MailtoAddressError, MAILTO_MAX_LENGTH, mailtoAddressProblem, planMailto } from '..';

/** Reads a mailto: link back the way a mail client does: WHATWG URL parser, then decodeURIComponent. */
function parseMailto(link: string): { to: string[]; subject: string | null; body: string | null } {
  const url = new URL(link);
  expect(url.protocol).toBe('mailto:');
  const to = url.pathname === '' ? [] : url.pathname.split(',').map(decodeURIComponent);
  const fields = new Map<string, string>();
  for (const pair of url.search.replace(/^\?/u, '').split('&').filter(Boolean)) {
    const [name, value = ''] = pair.split('=');
    // decodeURIComponent, not URLSearchParams: a mail client must not read "+" as a space.
    fields.set(name!, decodeURIComponent(value));
  }
  return { to, subject: fields.get('subject') ?? null, body: fields.get('body') ?? null };
}

const crlf = (text: string) => text.replace(/\r\n|[\r\n]/gu, '\r\n');

describe('buildMailto round-trips every value exactly', () => {
  const cases: { name: string; to: string[]; subject: string; body: string }[] = [
    { name: 'plain ASCII', to: ['priya@example.com'], subject: 'Thank you', body: 'Dear Priya,\n\nThank you.' },
    { name: 'accents', to: ['zoe@example.fr'], subject: 'Merci, Zoë — à bientôt', body: 'Chère Zoë,\nça été un plaisir. Très cordialement, Frédéric' },
    { name: 'emoji', to: ['sam@example.com'], subject: 'Thanks 🙏🏽', body: 'Great chat 👩🏽‍💻🚀 — thanks!' },
    { name: 'Japanese', to: ['taro@example.jp'], subject: '面接のお礼', body: '山田様\n\n本日はお時間をいただき、ありがとうございました。' },
    { name: 'right-to-left', to: ['layla@example.com'], subject: 'شكرا لك يا ليلى', body: 'عزيزتي ليلى،\nשלום ותודה רבה' },
    { name: 'URL-special characters in subject and body', to: ['a@example.com'], subject: 'Q&A? #1 100% + more = fun', body: 'a&b=c?d#e%f+g h\n50% + 50% = 100%\n%0D%0A stays literal' },
    { name: 'percent sequences stay literal', to: ['a@example.com'], subject: '%20 and %2B', body: '%E2%9C%93 is not a tick' },
    { name: 'CRLF body', to: ['a@example.com'], subject: 's', body: 'one\r\ntwo\r\n\r\nthree' },
    { name: 'LF body', to: ['a@example.com'], subject: 's', body: 'one\ntwo\n\nthree\n' },
    { name: 'CR-only body', to: ['a@example.com'], subject: 's', body: 'old\rmac' },
    { name: 'several recipients', to: ['a@example.com', 'b.c@example.org', 'd@sub.example.co.uk'], subject: 'Thanks, all', body: 'Thank you both.' },
    { name: 'plus-addressing', to: ['name+tag@example.com'], subject: 'x', body: 'y' },
    { name: 'apostrophe and other atext', to: ["o'brien@example.ie", 'first.last!/x~y_z-1$*@example.com'], subject: 'x', body: 'y' },
    { name: 'internationalized address', to: ['josé@exämple.com', 'ユーザー@例え.jp'], subject: 'x', body: 'y' },
    { name: 'quotes, brackets and backslash in the text', to: ['a@example.com'], subject: '"quoted" <angle> [square] \\back', body: '<script>alert(1)</script>' },
  ];
  test.each(cases)('$name', ({ to, subject, body }) => {
    const link = buildMailto({ to, subject, body });
    expect(link).not.toMatch(/\s/u);
    expect(link).not.toContain('+'); // spaces are %20 and plus signs %2B, so no client can misread one
    expect(parseMailto(link)).toEqual({ to, subject, body: crlf(body) });
  });

  test('spaces are %20, line breaks %0D%0A, and the reserved characters are escaped', () => {
    const link = buildMailto({ to: ['a@example.com'], subject: 'a b&c?d=e#f%g+h', body: 'x\ny' });
    expect(link).toBe('mailto:a@example.com?subject=a%20b%26c%3Fd%3De%23f%25g%2Bh&body=x%0D%0Ay');
  });

  test('several recipients are separated by commas and keep their @', () => {
    expect(buildMailto({ to: ['a@example.com', 'name+tag@example.com'], subject: '', body: '' })).toBe('mailto:a@example.com,name%2Btag@example.com');
  });

  test('empty subject and body are left out; no recipient is allowed (the mail app asks)', () => {
    expect(buildMailto({ to: ['a@example.com'], subject: '', body: '' })).toBe('mailto:a@example.com');
    expect(buildMailto({ to: [], subject: 'Hi', body: '' })).toBe('mailto:?subject=Hi');
    expect(buildMailto({ to: [], subject: '', body: 'x' })).toBe('mailto:?body=x');
  });

  test('a line break in the subject becomes a space, so it can never start a header', () => {
    const link = buildMailto({ to: ['a@example.com'], subject: 'Thanks\r\nBcc: evil@example.com', body: '' });
    expect(parseMailto(link).subject).toBe('Thanks Bcc: evil@example.com');
    expect(link).not.toMatch(/%0[DA]/iu);
  });

  test('half an emoji (a lone surrogate) becomes U+FFFD instead of throwing', () => {
    const link = buildMailto({ to: [], subject: 'cut \uD83D', body: '\uDE4F end' });
    expect(parseMailto(link)).toEqual({ to: [], subject: 'cut \uFFFD', body: '\uFFFD end' });
  });
});

describe('buildMailto refuses addresses that could inject header fields', () => {
  const refused: [string, string][] = [
    ['a@b.com?bcc=x@y.z', '“?”'],
    ['a@b.com&bcc=x@y.z', '“&”'],
    ['a@b.com,x@y.z', '“,”'],
    ['a@b.com;x@y.z', '“;”'],
    ['a@b.com bcc@y.z', 'a space'],
    [' a@b.com', 'a space'],
    ['Priya <priya@example.com>', 'a space'],
    ['<priya@example.com>', 'an angle bracket'],
    ['a@b.com\r\nBcc: x@y.z', 'a line break'],
    ['a@b.com#x', '“#”'],
    ['a%40b@example.com', '“%”'],
    ['a=b@example.com', '“=”'],
    ['"john doe"@example.com', 'a quotation mark'],
    ['a@b@example.com', 'more than one “@”'],
    ['no-at-sign.example.com', 'name@example.com'],
    ['@example.com', 'name@example.com'],
    ['a@', 'name@example.com'],
    ['a@localhost', 'not a valid domain'],
    ['a@-bad.com', 'not a valid domain'],
    ['.a@example.com', 'before “@”'],
    ['a..b@example.com', 'before “@”'],
    ['', 'empty'],
  ];
  test.each(refused)('%j', (address, reason) => {
    expect(mailtoAddressProblem(address)).toContain(reason);
    let thrown: unknown;
    try {
      buildMailto({ to: ['ok@example.com', address], subject: 's', body: 'b' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MailtoAddressError);
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as MailtoAddressError).address).toBe(address);
    expect((thrown as Error).message).toContain(`“${address}”`);
  });

  test('plus-addressing and other unusual but valid addresses are accepted', () => {
    for (const address of ['name+tag@example.com', "o'brien@example.ie", 'x@sub.domain.example', 'a_b-c@ex-ample.io', 'josé@exämple.com']) {
      expect(mailtoAddressProblem(address)).toBeNull();
    }
  });
});

describe('planMailto: the length guard', () => {
  const to = ['priya@example.com'];
  const subject = 'Thank you';
  const prefix = buildMailto({ to, subject, body: '' }).length + '&body='.length;

  test('a link of exactly the limit is opened whole', () => {
    const body = 'x'.repeat(MAILTO_MAX_LENGTH - prefix);
    const plan = planMailto({ to, subject, body });
    expect(plan.kind).toBe('complete');
    expect(plan.kind === 'complete' && plan.url.length).toBe(MAILTO_MAX_LENGTH);
  });

  test('one character more and the body is left out of the link', () => {
    const body = 'x'.repeat(MAILTO_MAX_LENGTH - prefix + 1);
    const plan = planMailto({ to, subject, body });
    expect(plan).toEqual({ kind: 'without-body', url: 'mailto:priya@example.com?subject=Thank%20you' });
  });

  test('the guard counts encoded characters, not typed ones', () => {
    // 250 Japanese characters are 2,250 characters once percent-encoded.
    const plan = planMailto({ to, subject, body: '礼'.repeat(250) });
    expect(plan.kind).toBe('without-body');
  });

  test('a subject too long even alone is reported, not opened', () => {
    expect(planMailto({ to, subject: '礼'.repeat(300), body: '' })).toEqual({ kind: 'too-long' });
  });

  test('a bad address is refused before any length is considered', () => {
    expect(() => planMailto({ to: ['a@b.com?cc=x@y.z'], subject, body: 'x'.repeat(5_000) })).toThrow(MailtoAddressError);
  });
});
