/**
 * A tiny static server for the relevance benchmark, on 127.0.0.1.
 *
 * - Serves a built site under its base path (`/news/x/` → `<root>/x/index.html`).
 * - `overrides` maps a site sub-path to another folder, so the same site can be
 *   served with a different search index (`pagefind/` → `dist-plain/pagefind`).
 * - Compresses text responses with gzip when the browser asks, like a static
 *   host does (Pagefind's own index files are already gzipped and go as is).
 * - Counts the bytes it sends per site path, so the benchmark can report what
 *   a search fetched from `pagefind/` — including requests made by Pagefind's
 *   web worker, which page-side tools do not always see.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);

export interface FetchRecord {
  /** Site path without the base, e.g. `/pagefind/pagefind.js`. */
  sitePath: string;
  /** Bytes on the wire (body, after compression). */
  bytes: number;
  status: number;
}

export interface BenchServer {
  origin: string;
  base: string;
  url(relative?: string): string;
  /** Everything served since the last reset. */
  log: FetchRecord[];
  reset(): void;
  /** Bytes served under a site path prefix since the last reset. */
  bytesUnder(prefix: string): number;
  close(): Promise<void>;
}

export interface ServeOptions {
  root: string;
  /** Deploy base (`/`, `/news`, `/news/`). */
  base?: string;
  /** Site path prefix (`/pagefind/`) → folder served in its place. */
  overrides?: Record<string, string>;
  gzip?: boolean;
}

export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export async function startBenchServer(options: ServeOptions): Promise<BenchServer> {
  const base = normaliseBase(options.base ?? '/');
  const root = path.resolve(options.root);
  const overrides = Object.entries(options.overrides ?? {}).map(([prefix, dir]) => ({
    prefix: prefix.endsWith('/') ? prefix : `${prefix}/`,
    dir: path.resolve(dir),
  }));
  const gzip = options.gzip ?? true;
  const log: FetchRecord[] = [];
  const cache = new Map<string, Buffer>();

  const resolveFile = (sitePath: string): string | null => {
    for (const o of overrides) {
      if (sitePath.startsWith(o.prefix)) return safeJoin(o.dir, sitePath.slice(o.prefix.length));
    }
    return safeJoin(root, sitePath.slice(1));
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const sitePath = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : null;
    const send = (status: number, body: Buffer, type: string, ext: string) => {
      let payload = body;
      const headers: Record<string, string | number> = { 'Content-Type': type, 'Cache-Control': 'no-store' };
      if (gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        const key = `${ext}:${body.length}:${body.subarray(0, 64).toString('hex')}:${body.subarray(-64).toString('hex')}`;
        payload = cache.get(key) ?? gzipSync(body);
        cache.set(key, payload);
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = payload.length;
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : payload);
      log.push({ sitePath: sitePath ?? pathname, bytes: payload.length, status });
    };
    const notFound = () => send(404, Buffer.from('not found'), TYPES['.txt']!, '.txt');
    if (sitePath === null) return notFound();
    let file = resolveFile(sitePath);
    if (!file || !existsSync(file)) return notFound();
    if (statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
        return;
      }
      file = path.join(file, 'index.html');
      if (!existsSync(file)) return notFound();
    }
    const ext = path.extname(file);
    send(200, readFileSync(file), TYPES[ext] ?? 'application/octet-stream', ext);
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
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function safeJoin(dir: string, relative: string): string | null {
  const full = path.resolve(dir, relative);
  return full === dir || full.startsWith(dir + path.sep) ? full : null;
}
