const ADDRESS_CHAR = String.raw`[^\s@<>()[\]\\,;:"]`;
const DOMAIN_LABEL = String.raw`[^\s@<>()[\]\\,;:".]+`;
const EMAIL = new RegExp(`^${ADDRESS_CHAR}+@(?:${DOMAIN_LABEL}\\.)+${DOMAIN_LABEL}$`, 'u');

/**
 * The address as written when it looks like one (local part, @, a dotted domain whose last label
 * has two letters or more, at most 254 characters), else null. Shared by every importer, which
 * first takes away what its format wraps around the address ("mailto:", "Name <…>").
 */
export function addressIfValid(text: string): string | null {
  if (text.length > 254 || !EMAIL.test(text)) return null;
  const tld = text.slice(text.lastIndexOf('.') + 1);
  return tld.length >= 2 ? text : null;
}
