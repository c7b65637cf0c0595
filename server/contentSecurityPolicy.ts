/**
 * The built app's Content-Security-Policy, as a `<meta http-equiv>` that a
 * Vite plugin puts first in index.html at build time only: the dev server's
 * HMR client needs inline script, the build has none (no inline script, no
 * inline style; Vite's module-preload polyfill goes into the entry chunk).
 *
 * - script-src / style-src 'self': only the app's own files. React sets style
 *   through the CSSOM (element.style), which CSP does not govern.
 * - img-src data: for the empty `data:,` favicon.
 * - connect-src *: the user fires requests at any http(s) URL they type (and
 *   the relay); `*` matches every http, https, ws and wss origin.
 * - frame-ancestors, report-uri and sandbox are ignored in a meta element
 *   (CSP3 §3.3): clickjacking protection needs the header, which whatever
 *   serves dist/ has to send.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  'connect-src *',
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'sigstep-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}
