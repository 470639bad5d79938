/**
 * A small static file server for a built site, on 127.0.0.1 with a random port,
 * serving the folder under the site's base path the way a static host
 * (GitHub Pages, Netlify) does:
 *  - `/base/dir/` → `dir/index.html`; `/base/dir` (a folder) → 301 to `/base/dir/`
 *  - anything missing under the base → the site's `404.html` with status 404
 *  - anything outside the base → a bare 404
 *  - headers from a `_headers` file in the site root (Netlify / Cloudflare Pages
 *    format) are applied, so tests run with the Content-Security-Policy a host
 *    would send.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

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

export function contentTypeFor(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Normalised base, e.g. `/` or `/news/`. */
  base: string;
  /** Absolute URL of a path relative to the base: `url('topics/')`. */
  url(relative?: string): string;
  close(): Promise<void>;
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

export async function startStaticServer(root: string, basePath = '/'): Promise<StaticServer> {
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const rootDir = path.resolve(root);
  const headersFile = path.join(rootDir, '_headers');
  const headerRules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const notFoundFile = path.join(rootDir, '404.html');

  const server: Server = createServer((req, res) => {
    const send = (status: number, file: string | null, body?: string, sitePath = '/') => {
      // `_headers` paths are read both as site paths and as full URL paths, since
      // a sub-path build may write its rules either way (`/*` or `/news/*`).
      const fullPath = base === '/' ? sitePath : `${base.slice(0, -1)}${sitePath}`;
      for (const rule of headerRules) {
        if (rule.pattern.test(sitePath) || rule.pattern.test(fullPath))
          for (const [name, value] of rule.headers) res.setHeader(name, value);
      }
      res.setHeader('Cache-Control', 'no-store');
      if (file) {
        const data = readFileSync(file);
        res.writeHead(status, { 'Content-Type': contentTypeFor(file), 'Content-Length': data.length });
        res.end(req.method === 'HEAD' ? undefined : data);
      } else {
        const data = Buffer.from(body ?? '', 'utf8');
        res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': data.length });
        res.end(req.method === 'HEAD' ? undefined : data);
      }
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, null, 'method not allowed');
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      send(400, null, 'bad request');
      return;
    }
    const notFound = (sitePath: string) => {
      if (existsSync(notFoundFile)) send(404, notFoundFile, undefined, sitePath);
      else send(404, null, 'not found (and the site has no 404.html)', sitePath);
    };
    if (!(pathname + (pathname.endsWith('/') ? '' : '/')).startsWith(base)) {
      send(404, null, `outside the site's base path ${base}`);
      return;
    }
    const sitePath = `/${pathname.slice(base.length)}`.replace(/^\/\//, '/');
    const filePath = path.resolve(rootDir, `.${sitePath}`);
    if (filePath !== rootDir && !filePath.startsWith(rootDir + path.sep)) {
      notFound(sitePath);
      return;
    }
    let stat;
    try {
      stat = statSync(filePath);
    } catch {
      notFound(sitePath);
      return;
    }
    if (stat.isDirectory()) {
      if (!pathname.endsWith('/')) {
        const search = new URL(req.url ?? '/', 'http://x').search;
        res.writeHead(301, { Location: `${pathname}/${search}`, 'Cache-Control': 'no-store' });
        res.end();
        return;
      }
      const index = path.join(filePath, 'index.html');
      if (existsSync(index)) send(200, index, undefined, sitePath);
      else notFound(sitePath);
      return;
    }
    send(200, filePath, undefined, sitePath);
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
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
