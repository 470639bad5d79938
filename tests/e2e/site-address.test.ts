/**
 * The site's address (issue 18). Built without SITE_URL and without `url` in
 * site.yaml, the site says so and writes no absolute URL at all: no canonical
 * or og:url, no sitemap, no robots.txt Sitemap line, no feed, and never a
 * localhost link anywhere in the output.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from './support/build-site';
import { noAddress } from './support/variants';
import { beforeAll } from 'vitest';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('a build without a site address', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite(noAddress);
  });

  it('says so in the build output', () => {
    expect(readFileSync(site.logFile, 'utf8')).toContain('사이트 주소가 없습니다');
  });

  it('contains no localhost (or loopback) address in any file of dist/', () => {
    const offenders: string[] = [];
    for (const file of filesUnder(site.outDir)) {
      const text = readFileSync(file).toString('latin1');
      for (const needle of ['localhost', '127.0.0.1', '[::1]']) {
        if (text.includes(needle)) offenders.push(`${path.relative(site.outDir, file)}: ${needle}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('writes no absolute link to itself: no canonical, og:url, og:image, sitemap or feed', () => {
    const pages = filesUnder(site.outDir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const where = path.relative(site.outDir, file);
      expect(html, where).not.toMatch(/rel="canonical"|property="og:url"|property="og:image"|name="twitter:image"|rel="sitemap"|application\/rss\+xml/);
      // The only absolute URL left is the JSON-LD vocabulary.
      const absolute = [...html.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((m) => m[0]).filter((u) => !u.startsWith('https://schema.org'));
      expect(absolute, where).toEqual([]);
    }
    expect(existsSync(path.join(site.outDir, 'rss.xml'))).toBe(false);
    expect(filesUnder(site.outDir).filter((f) => /sitemap/.test(path.basename(f)))).toEqual([]);
    expect(readFileSync(path.join(site.outDir, 'robots.txt'), 'utf8')).not.toMatch(/sitemap/i);
  });
});
