/**
 * The only URLs that may leave the app for the operating system: mail links for the user's own
 * mail client and https pages for their browser. Everything else (`javascript:`, `file:`, `http:`,
 * custom schemes that start other programs) is refused.
 *
 * Parsed by hand rather than with `URL` because shared/ runs without DOM or Node globals, and
 * deliberately stricter than a URL parser: any whitespace or control character anywhere refuses
 * the URL (a well-formed mailto: or https: link has them percent-encoded), which closes the
 * `java\tscript:` and leading-space tricks that lenient parsers normalise away.
 */
const ALLOWED_SCHEMES = new Set(['mailto', 'https']);
const MAX_LENGTH = 32_768;

export function isAllowedExternalUrl(candidate: unknown): boolean {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > MAX_LENGTH) return false;
  // C0 and C1 controls (U+0085 next line too), and every Unicode space or line separator
  // (no-break space, U+2028): a link that holds one is a disguise, not a link.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/u.test(candidate)) return false;
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$/su.exec(candidate);
  if (!match) return false;
  const scheme = match[1]!.toLowerCase();
  const rest = match[2]!;
  if (!ALLOWED_SCHEMES.has(scheme)) return false;
  if (scheme === 'mailto') return true;
  // https: must name a host; credentials in the authority are a classic phishing disguise.
  const authority = /^\/\/([^/?#]*)/u.exec(rest)?.[1];
  return authority !== undefined && authority !== '' && !authority.includes('@') && !authority.startsWith(':');
}
