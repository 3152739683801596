// The window's Content Security Policy. The renderer's index.html carries it as a meta tag
// (checked against this constant by the e2e tests) and the shell sends it as a header.
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";
