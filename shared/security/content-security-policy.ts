/**
 * The Content-Security-Policy of every page of the app: sent as a header by the desktop shell and
 * written into the built index.html for browser mode. Inline styles are allowed because React sets
 * `style` attributes; scripts and workers come only from the bundle (no blob: workers), and nothing may be
 * fetched from elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
