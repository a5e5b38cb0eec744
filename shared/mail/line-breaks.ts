/** Every line break (CRLF, LF, or a lone CR) as CRLF: what RFC 5322 messages and RFC 6068 bodies use. */
export function toCrlf(text: string): string {
  return text.replace(/\r\n|[\r\n]/gu, '\r\n');
}
