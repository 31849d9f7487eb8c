/**
 * The borne UI's Content Security Policy, sent by the app:// protocol handler and by the
 * preview host. Only the UI's own files run; no inline script, no eval, no remote content,
 * no frames. Official sites are not under it: they live in their own view with their own CSP.
 */
export const UI_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  // PDF.js parses a site's PDF for the print preview in a worker from the UI's own files.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');
