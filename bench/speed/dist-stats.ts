/** Sizes of what a build wrote: folders, and the HTML, CSS and JS a page loads. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { extractPageAssets, lowerMedian, siteFileFor } from './html-assets';
import type { ArticlePagesStats, PageStats } from './results';

function walk(dir: string, visit: (file: string, size: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else if (entry.isFile()) visit(full, statSync(full).size);
  }
}

export function folderSize(dir: string): { bytes: number; files: number; htmlFiles: number } {
  const total = { bytes: 0, files: 0, htmlFiles: 0 };
  if (!existsSync(dir)) return total;
  walk(dir, (file, size) => {
    total.bytes += size;
    total.files++;
    if (file.endsWith('.html')) total.htmlFiles++;
  });
  return total;
}

export function pageStatsReader(distDir: string) {
  const assetSize = new Map<string, number>();
  const sizeOf = (sitePath: string) => {
    let size = assetSize.get(sitePath);
    if (size === undefined) {
      const file = siteFileFor(sitePath);
      size = file && existsSync(path.join(distDir, file)) ? statSync(path.join(distDir, file)).size : 0;
      assetSize.set(sitePath, size);
    }
    return size;
  };
  return (sitePath: string): PageStats | undefined => {
    const file = siteFileFor(sitePath);
    if (!file || !existsSync(path.join(distDir, file))) return undefined;
    const html = readFileSync(path.join(distDir, file), 'utf8');
    const assets = extractPageAssets(html, sitePath);
    return {
      path: sitePath,
      htmlBytes: Buffer.byteLength(html, 'utf8'),
      cssBytes: assets.stylesheets.reduce((sum, s) => sum + sizeOf(s), 0) + assets.inlineStyleBytes,
      jsBytes: assets.scripts.reduce((sum, s) => sum + sizeOf(s), 0) + assets.inlineScriptBytes,
      stylesheets: assets.stylesheets,
      scripts: assets.scripts,
    };
  };
}

export function articlePageStats(distDir: string): ArticlePagesStats | undefined {
  const dir = path.join(distDir, 'articles');
  if (!existsSync(dir)) return undefined;
  const read = pageStatsReader(distDir);
  const pages: PageStats[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const stats = read(`/articles/${entry.name}/`);
    if (stats) pages.push(stats);
  }
  if (pages.length === 0) return undefined;
  pages.sort((a, b) => a.htmlBytes - b.htmlBytes || (a.path < b.path ? -1 : 1));
  return {
    count: pages.length,
    largest: pages.at(-1)!,
    median: lowerMedian(pages)!,
    maxCssBytes: Math.max(...pages.map((p) => p.cssBytes)),
    maxJsBytes: Math.max(...pages.map((p) => p.jsBytes)),
    pagesWithJs: pages.filter((p) => p.jsBytes > 0).length,
  };
}

export function countLines(file: string): number {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').length;
}
