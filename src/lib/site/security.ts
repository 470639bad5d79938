/**
 * The site's Content-Security-Policy. Only the site's own scripts run, plus
 * Pagefind's WebAssembly on the search page; nothing inline can execute, so
 * even markup that slipped into a page could not run script. The same policy
 * goes into a <meta> tag on every page and into `_headers` for hosts that read
 * one (those can also forbid framing, which a <meta> policy cannot).
 */

const directives: Array<[string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

export function contentSecurityPolicy(): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** `_headers` (Netlify / Cloudflare Pages format) for the whole site. */
export function headersFile(base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return [
    `${prefix}*`,
    `  Content-Security-Policy: ${contentSecurityPolicy()}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}
