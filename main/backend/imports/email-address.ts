const ADDRESS_CHAR = String.raw`[^\s@<>()[\]\\,;:"]`;
const DOMAIN_LABEL = String.raw`[^\s@<>()[\]\\,;:".]+`;
const EMAIL = new RegExp(`^${ADDRESS_CHAR}+@(?:${DOMAIN_LABEL}\\.)+${DOMAIN_LABEL}$`, 'u');

/**
 * The address when it looks like one (local part, @, a dotted domain whose last label has two
 * letters or more, at most 254 characters), else null. Shared by every importer, which first
 * takes away what its format wraps around the address ("mailto:", "Name <…>"). The domain is
 * lower-cased (it is case-insensitive); the local part is kept as written, unless the whole
 * address is in capitals, as Outlook writes some (MAILTO:JANE.DOE@CONTOSO.COM): nobody's mailbox
 * is named in capitals only, and it would be stored and shown shouting.
 */
export function addressIfValid(text: string): string | null {
  if (text.length > 254 || !EMAIL.test(text)) return null;
  const at = text.lastIndexOf('@');
  const tld = text.slice(text.lastIndexOf('.') + 1);
  if (tld.length < 2) return null;
  const local = text.slice(0, at);
  return `${local === local.toUpperCase() && local !== local.toLowerCase() ? local.toLowerCase() : local}@${text.slice(at + 1).toLowerCase()}`;
}
