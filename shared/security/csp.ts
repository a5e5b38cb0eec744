/**
 * The Content-Security-Policy of the UI, the same in Electron (custom protocol) and in browser
 * mode (local HTTP server). No `unsafe-eval` and no `unsafe-inline`; nothing loads from the
 * network, so a note's preview cannot fetch remote images or beacons.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
