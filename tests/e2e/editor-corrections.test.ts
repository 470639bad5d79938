/**
 * An editor's correction (content/corrections.yaml) reaches every place a
 * reader meets the article: its page, the lists, the feed and the search.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSite } from './support/site-session';
import { CORRECTED, corrected } from './support/variants';

describe('an editor correction', () => {
  const s = useSite(corrected, { crawl: false });

  it('is reported by ingest, with the correction of a missing article named by file and line', () => {
    const report = readFileSync(path.join(s.site.contentDir, 'ingest-report.txt'), 'utf8');
    expect(report).toContain('편집 정정 (적용 1, 건너뜀 1)');
    expect(report).toMatch(/corrections\.yaml:5: .*0123456789ab/u);
  });

  it('changes the title on the article page, in the lists and in the feed', () => {
    const page = readFileSync(path.join(s.site.outDir, 'articles', CORRECTED.id, 'index.html'), 'utf8');
    expect(page).toMatch(new RegExp(`<h1[^>]*>[\\s\\S]*${CORRECTED.title}[\\s\\S]*</h1>`, 'u'));
    expect(page).not.toContain('장관상 쾌거</h1>');
    const home = readFileSync(path.join(s.site.outDir, 'index.html'), 'utf8');
    expect(home).toContain(CORRECTED.title);
    expect(home).not.toContain('과학기술정보통신부 장관상 쾌거');
    const feed = readFileSync(path.join(s.site.outDir, 'rss.xml'), 'utf8');
    expect(feed).toContain(`<title>${CORRECTED.label} ${CORRECTED.title}</title>`);
  });

  it('changes the title in the search results', async () => {
    const page = await s.browser.newPage();
    try {
      await page.goto(s.server.url(`search/?q=${encodeURIComponent('무선충전 인증')}`));
      const first = page.locator('#search-results li a').first();
      await first.waitFor({ timeout: 30_000 });
      const titles = await page.locator('#search-results li a').allTextContents();
      expect(titles.some((t) => t.includes(CORRECTED.title))).toBe(true);
    } finally {
      await page.close();
    }
  });
});
