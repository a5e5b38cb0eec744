import { toCrlf } from './line-breaks';

/**
 * `mailto:` links (RFC 6068) built from structured fields. Every value is UTF-8 percent-encoded
 * with `encodeURIComponent` (spaces as `%20`, never `+`; `? & = # % +` escaped), line breaks in
 * the body as `%0D%0A`, and each address is checked first, because an address is the one value
 * that could smuggle in header fields (`a@b.com?bcc=…`) if it were trusted.
 */

export interface MailtoFields {
  to: readonly string[];
  subject: string;
  body: string;
}

/**
 * Windows refuses links over 2,081 characters and some mail clients cut them earlier; beyond
 * this the body goes to the clipboard instead (see `planMailto`).
 */
export const MAILTO_MAX_LENGTH = 2_000;

// atext of RFC 5322 without the characters that mean something in a mailto: link or a header
// list (`? & = # % , ;`), plus letters and digits of any script for internationalized addresses.
const LOCAL_PART = /^[\p{L}\p{M}\p{N}!$'*+\-/^_`{|}~]+(?:\.[\p{L}\p{M}\p{N}!$'*+\-/^_`{|}~]+)*$/u;
// Host names of any script (IDN, sent as UTF-8), at least two labels, no leading/trailing hyphen.
const DOMAIN = /^(?:[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?\.)+[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u;

const CHARACTER_NAMES: Record<string, string> = {
  ' ': 'a space',
  '\t': 'a tab',
  '\n': 'a line break',
  '\r': 'a line break',
  '<': 'an angle bracket',
  '>': 'an angle bracket',
  '"': 'a quotation mark',
};

/**
 * Why an address cannot go into a mail link, or null when it can. Refuses anything a mail client
 * could read as more than one address or as extra header fields.
 */
export function mailtoAddressProblem(address: string): string | null {
  if (address === '') return 'it is empty';
  // eslint-disable-next-line no-control-regex -- control characters are what we look for
  const odd = /[\s<>"?&=#%,;:()[\]\\\u0000-\u001f\u007f]/u.exec(address);
  if (odd) return `it contains ${CHARACTER_NAMES[odd[0]] ?? `“${odd[0]}”`}`;
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return 'it is not of the form name@example.com';
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64 || address.length > 254) return 'it is longer than an address can be';
  if (!LOCAL_PART.test(local)) return local.includes('@') ? 'it contains more than one “@”' : 'the part before “@” is not valid';
  if (!DOMAIN.test(domain)) return 'the part after “@” is not a valid domain';
  return null;
}

/** The Error `buildMailto` throws; `address` is the one it refused. */
export class MailtoAddressError extends Error {
  constructor(
    readonly address: string,
    readonly problem: string,
  ) {
    super(`“${address}” cannot be used in a mail link: ${problem}.`);
    this.name = 'MailtoAddressError';
  }
}

/**
 * `mailto:` + the recipients (comma-separated) + `?subject=…&body=…` (each left out when empty).
 * Throws a `MailtoAddressError` naming the first address it refuses; nothing is built then.
 */
export function buildMailto({ to, subject, body }: MailtoFields): string {
  for (const address of to) {
    const problem = mailtoAddressProblem(address);
    if (problem) throw new MailtoAddressError(address, problem);
  }
  const recipients = to.map(encodeAddress).join(',');
  const fields: string[] = [];
  // A subject is one header line: a line break in it could only ever be a mistake or an attack.
  const oneLineSubject = subject.replace(/\r\n|[\r\n]/gu, ' ');
  if (oneLineSubject !== '') fields.push(`subject=${encodeValue(oneLineSubject)}`);
  // RFC 6068 §5: line breaks in a body are CRLF, whatever the text had.
  if (body !== '') fields.push(`body=${encodeValue(toCrlf(body))}`);
  return `mailto:${recipients}${fields.length > 0 ? `?${fields.join('&')}` : ''}`;
}

export type MailtoPlan =
  /** The whole note fits in the link. */
  | { kind: 'complete'; url: string }
  /** Recipients and subject only; the body has to reach the mail client another way (the clipboard). */
  | { kind: 'without-body'; url: string }
  /** Even without the body the link is too long (a very long subject in a non-Latin script). */
  | { kind: 'too-long' };

/** The link to open for a note, keeping under `MAILTO_MAX_LENGTH` (the length guard). */
export function planMailto(fields: MailtoFields, maxLength = MAILTO_MAX_LENGTH): MailtoPlan {
  const complete = buildMailto(fields);
  if (complete.length <= maxLength) return { kind: 'complete', url: complete };
  const withoutBody = buildMailto({ ...fields, body: '' });
  if (withoutBody.length <= maxLength) return { kind: 'without-body', url: withoutBody };
  return { kind: 'too-long' };
}

/** The `@` stays as it is (clients look for it); everything else outside the unreserved set is encoded, `+` included. */
function encodeAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return `${encodeValue(address.slice(0, at))}@${encodeValue(address.slice(at + 1))}`;
}

function encodeValue(value: string): string {
  // encodeURIComponent throws on a lone surrogate (half an emoji cut off); it becomes U+FFFD.
  // With the `u` flag a surrogate range matches only halves that are not part of a pair.
  return encodeURIComponent(value.replace(/[\uD800-\uDFFF]/gu, '\uFFFD'));
}
