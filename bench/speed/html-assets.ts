/**
 * What a built page makes the browser load: stylesheets, scripts (external and
 * inline) and inline styles, read from the HTML the way a browser would decide
 * to fetch them. Pure: HTML in, URL paths and byte counts out.
 */

export interface PageAssets {
  /** Site paths (`/_astro/x.css`) of `<link rel="stylesheet">`. */
  stylesheets: string[];
  /** Site paths of executable `<script src>` and `<link rel="modulepreload">`. */
  scripts: string[];
  /** Executable inline `<script>` elements and their bytes (UTF-8). */
  inlineScripts: number;
  inlineScriptBytes: number;
  /** `<style>` elements' bytes. */
  inlineStyleBytes: number;
  /** Data scripts (`application/ld+json`, `application/json`, import maps): not JavaScript, counted apart. */
  dataScriptBytes: number;
  /** Assets on another origin (not counted in sizes). */
  external: string[];
}

// Script types a browser executes (HTML spec: empty, a JavaScript MIME type, or "module").
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'application/ecmascript', 'text/ecmascript', 'text/jscript']);

/** Attribute name → value (lower-cased names; entities for `&amp;` and quotes decoded). */
export function parseAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of source.matchAll(re)) {
    const name = m[1]!.toLowerCase();
    if (attrs.has(name)) continue;
    const raw = m[2] ?? m[3] ?? m[4] ?? '';
    attrs.set(name, raw.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
  }
  return attrs;
}

const utf8Length = (s: string) => Buffer.byteLength(s, 'utf8');

export function extractPageAssets(html: string, pagePath: string, origin = 'http://localhost'): PageAssets {
  const assets: PageAssets = {
    stylesheets: [],
    scripts: [],
    inlineScripts: 0,
    inlineScriptBytes: 0,
    inlineStyleBytes: 0,
    dataScriptBytes: 0,
    external: [],
  };
  const pageUrl = new URL(pagePath, origin);
  const resolve = (href: string, into: string[]) => {
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      return;
    }
    if (url.origin !== pageUrl.origin) assets.external.push(url.href);
    else if (!into.includes(url.pathname)) into.push(url.pathname);
  };

  const source = html.replace(/<!--[\s\S]*?-->/g, '');
  const tag = /<(link|script|style)\b([^>]*)>/gi;
  for (let m = tag.exec(source); m; m = tag.exec(source)) {
    const name = m[1]!.toLowerCase();
    const attrs = parseAttributes(m[2]!);
    if (name === 'link') {
      const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      const href = attrs.get('href');
      if (!href) continue;
      if (rel.includes('stylesheet')) resolve(href, assets.stylesheets);
      else if (rel.includes('modulepreload')) resolve(href, assets.scripts);
      continue;
    }
    const close = source.toLowerCase().indexOf(`</${name}`, tag.lastIndex);
    const body = close < 0 ? '' : source.slice(tag.lastIndex, close);
    if (close >= 0) tag.lastIndex = close;
    if (name === 'style') {
      assets.inlineStyleBytes += utf8Length(body);
      continue;
    }
    const type = (attrs.get('type') ?? '').trim().toLowerCase();
    const executable = JS_TYPES.has(type);
    const src = attrs.get('src');
    if (!executable) {
      assets.dataScriptBytes += utf8Length(body);
    } else if (src !== undefined) {
      resolve(src, assets.scripts);
    } else if (body.trim() !== '') {
      assets.inlineScripts++;
      assets.inlineScriptBytes += utf8Length(body);
    }
  }
  return assets;
}

/**
 * The file under the output folder that serves a site path, given the deploy
 * base (`/` or `/news/`): `/news/_astro/a.css` → `_astro/a.css`, `/news/x/` → `x/index.html`.
 * Undefined for paths outside the base.
 */
export function siteFileFor(pathname: string, base = '/'): string | undefined {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (prefix && !(decoded === prefix || decoded.startsWith(`${prefix}/`))) return undefined;
  let rest = decoded.slice(prefix.length).replace(/^\/+/, '');
  if (rest === '' || rest.endsWith('/')) rest += 'index.html';
  if (rest.split('/').some((seg) => seg === '..')) return undefined;
  return rest;
}

/** Median of a non-empty list (the lower middle for an even count, so it is always a real element). */
export function lowerMedian<T>(sorted: readonly T[]): T | undefined {
  return sorted.length === 0 ? undefined : sorted[Math.floor((sorted.length - 1) / 2)];
}
