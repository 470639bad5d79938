/**
 * The static server the browser tests and both benchmarks use: a built site
 * on 127.0.0.1 (random port), under its base path, the way a static host
 * (GitHub Pages, Netlify) serves it:
 *  - `/base/dir/` → `dir/index.html`; `/base/dir` (a folder) → 301 to `/base/dir/`;
 *  - anything missing under the base → the site's `404.html` with status 404;
 *    anything outside the base → a bare 404;
 *  - headers from a `_headers` file in the site root (Netlify / Cloudflare
 *    Pages format) are applied, so pages run with the Content-Security-Policy
 *    a host would send;
 *  - with `gzip`, text files go out compressed when the browser asks, as hosts
 *    send them (Pagefind's index files are compressed already and go as they are);
 *  - `overrides` serves another folder in place of a site sub-path
 *    (`/pagefind/` → a plain index), so one site can be tried with two indexes;
 *  - every response is logged (site path, bytes sent, bytes of the file,
 *    status), so a benchmark can tell what a search fetched.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xslt+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Pagefind's index files are gzip-compressed binaries it decompresses itself.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.webmanifest', '.xml', '.xsl', '.txt', '.svg']);

export function contentTypeFor(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface FetchRecord {
  /** Site path without the base, e.g. `/pagefind/pagefind.js` (the full path when outside the base). */
  sitePath: string;
  /** Bytes on the wire (the body as sent, after compression). */
  bytes: number;
  /** Bytes of the file itself. */
  rawBytes: number;
  status: number;
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Normalised base, e.g. `/` or `/news/`. */
  base: string;
  /** Absolute URL of a path relative to the base: `url('topics/')`. */
  url(relative?: string): string;
  /** Every response since the last reset. */
  log: FetchRecord[];
  reset(): void;
  /** Bytes sent under a site path prefix since the last reset. */
  bytesUnder(prefix: string): number;
  /** Resolves once nothing under `prefix` has been requested for `quietMs` (waits at most `maxMs`). */
  quiet(prefix: string, quietMs: number, maxMs: number): Promise<void>;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  root: string;
  /** Deploy base (`/`, `/news`, `/news/`). */
  base?: string;
  /** Site path prefix (`/pagefind/`) → folder served in its place. */
  overrides?: Record<string, string>;
  /** Compress text files when the browser accepts gzip (default false). */
  gzip?: boolean;
  /** Cache-Control of every response (default `no-store`). */
  cacheControl?: string;
}

interface HeaderRule {
  pattern: RegExp;
  headers: Array<[string, string]>;
}

/** Parses a `_headers` file: a path line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | null = null;
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (/^\s/.test(raw)) {
      const m = /^\s+([^:\s]+)\s*:\s*(.*)$/.exec(raw);
      if (m && current) current.headers.push([m[1]!, m[2]!.trim()]);
      continue;
    }
    const pathPattern = raw.trim();
    const regex = pathPattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+'))
      .join('.*');
    current = { pattern: new RegExp(`^${regex}$`), headers: [] };
    rules.push(current);
  }
  return rules;
}

export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function safeJoin(dir: string, relative: string): string | null {
  const full = path.resolve(dir, `.${relative}`);
  return full === dir || full.startsWith(dir + path.sep) ? full : null;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const base = normaliseBase(options.base ?? '/');
  const rootDir = path.resolve(options.root);
  const overrides = Object.entries(options.overrides ?? {}).map(([prefix, dir]) => ({
    prefix: prefix.endsWith('/') ? prefix : `${prefix}/`,
    dir: path.resolve(dir),
  }));
  const cacheControl = options.cacheControl ?? 'no-store';
  const headersFile = path.join(rootDir, '_headers');
  const headerRules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const notFoundFile = path.join(rootDir, '404.html');
  const compressed = new Map<string, Buffer<ArrayBufferLike>>();
  const log: FetchRecord[] = [];
  /** When each site path was last requested (kept across `reset`, for `quiet`). */
  const requestedAt = new Map<string, number>();

  const fileFor = (sitePath: string): string | null => {
    for (const o of overrides) if (sitePath.startsWith(o.prefix)) return safeJoin(o.dir, `/${sitePath.slice(o.prefix.length)}`);
    return safeJoin(rootDir, sitePath);
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let sitePath = url.pathname;
    const send = (status: number, file: string | null, text = '') => {
      // `_headers` paths are read both as site paths and as full URL paths, since
      // a sub-path build may write its rules either way (`/*` or `/news/*`).
      const fullPath = base === '/' ? sitePath : `${base.slice(0, -1)}${sitePath}`;
      for (const rule of headerRules) {
        if (rule.pattern.test(sitePath) || rule.pattern.test(fullPath)) for (const [name, value] of rule.headers) res.setHeader(name, value);
      }
      res.setHeader('Cache-Control', cacheControl);
      const raw = file ? readFileSync(file) : Buffer.from(text, 'utf8');
      let body: Buffer<ArrayBufferLike> = raw;
      const ext = file ? path.extname(file).toLowerCase() : '.txt';
      const headers: Record<string, string | number> = { 'Content-Type': file ? contentTypeFor(file) : contentTypes['.txt']! };
      if (options.gzip && file && COMPRESSIBLE.has(ext)) {
        headers.Vary = 'Accept-Encoding';
        if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
          let packed = compressed.get(file);
          if (!packed) compressed.set(file, (packed = gzipSync(raw, { level: 6 })));
          body = packed;
          headers['Content-Encoding'] = 'gzip';
        }
      }
      headers['Content-Length'] = body.length;
      res.writeHead(status, headers);
      const head = req.method === 'HEAD';
      res.end(head ? undefined : body);
      log.push({ sitePath, bytes: head ? 0 : body.length, rawBytes: head ? 0 : raw.length, status });
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, null, 'method not allowed');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(400, null, 'bad request');
    }
    if (!(pathname + (pathname.endsWith('/') ? '' : '/')).startsWith(base)) {
      sitePath = pathname;
      return send(404, null, `outside the site's base path ${base}`);
    }
    sitePath = `/${pathname.slice(base.length)}`.replace(/^\/\//, '/');
    requestedAt.set(sitePath, performance.now());
    const notFound = () =>
      existsSync(notFoundFile) ? send(404, notFoundFile) : send(404, null, 'not found (and the site has no 404.html)');
    const file = fileFor(sitePath);
    let stat;
    try {
      stat = file ? statSync(file) : undefined;
    } catch {
      stat = undefined;
    }
    if (!file || !stat) return notFound();
    if (stat.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/${url.search}`, 'Cache-Control': cacheControl });
        res.end();
        return;
      }
      const index = path.join(file, 'index.html');
      return existsSync(index) ? send(200, index) : notFound();
    }
    send(200, file);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    base,
    url: (relative = '') => `${origin}${base}${relative.replace(/^\/+/, '')}`,
    log,
    reset: () => {
      log.length = 0;
    },
    bytesUnder: (prefix) => log.filter((r) => r.sitePath.startsWith(prefix)).reduce((sum, r) => sum + r.bytes, 0),
    async quiet(prefix, quietMs, maxMs) {
      const last = () => {
        let at = -Infinity;
        for (const [sitePath, time] of requestedAt) if (sitePath.startsWith(prefix) && time > at) at = time;
        return at;
      };
      const until = performance.now() + maxMs;
      while (performance.now() < until && performance.now() - last() < quietMs) await new Promise((r) => setTimeout(r, 25));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
