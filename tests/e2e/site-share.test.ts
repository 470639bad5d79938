/**
 * Share cards and site settings (issue 18): every page type names a share
 * image that exists in dist/, is a 1200×630 PNG, shows the page's Korean
 * title in whole words inside the card (checked by measuring the laid-out
 * lines in Chromium with the card font, and by scanning the PNG's pixels), and
 * changing the name in site.yaml changes it on every page, in the feed and on
 * the cards.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CARD_COLORS, CARD_HEIGHT, CARD_PADDING, CARD_WIDTH, CONTENT_WIDTH } from '@/lib/share/card-layout';
import { ELLIPSIS } from '@/lib/share/fit-text';
import { layoutShareCard } from '@/lib/share/render-card';
import { newGuardedContext } from './support/browser';
import { firstOfType, type PageType } from './support/page-types';
import { useSite, type SiteSession } from './support/site-session';
import { realRoot, renamed, RENAMED_SITE } from './support/variants';

const pageTypes: PageType[] = ['home', 'topics', 'topic', 'article', 'editions', 'edition', 'organizations', 'organization', 'search'];
const ORIGINAL_NAME = '과학·ICT 뉴스 다이제스트';

interface ShareMeta {
  title: string;
  image: string | null;
  width: string | null;
  height: string | null;
  alt: string | null;
  twitterCard: string | null;
  twitterImage: string | null;
}

async function shareMeta(s: SiteSession, url: string): Promise<ShareMeta> {
  const html = await (await fetch(url)).text();
  const meta = (attr: string, name: string) => {
    const m = new RegExp(`<meta ${attr}="${name.replace(/[:]/g, '\\$&')}" content="([^"]*)"`).exec(html);
    return m ? m[1]!.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&#39;', "'") : null;
  };
  return {
    title: meta('property', 'og:title') ?? '',
    image: meta('property', 'og:image'),
    width: meta('property', 'og:image:width'),
    height: meta('property', 'og:image:height'),
    alt: meta('property', 'og:image:alt'),
    twitterCard: meta('name', 'twitter:card'),
    twitterImage: meta('name', 'twitter:image'),
  };
}

/** dist/ file of an absolute URL under SITE_URL + base. */
function distFile(s: SiteSession, absolute: string): string {
  const prefix = `${s.site.variant.siteUrl}${s.site.base}`;
  expect(absolute.startsWith(prefix), `${absolute} is under ${prefix}`).toBe(true);
  return path.join(s.site.outDir, decodeURIComponent(absolute.slice(prefix.length)));
}

function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

const require = createRequire(import.meta.url);
const fontDataUrl = (weight: number) =>
  `data:font/woff;base64,${readFileSync(require.resolve(`@fontsource/pretendard/files/pretendard-latin-${weight}-normal.woff`)).toString('base64')}`;

interface PixelReport {
  natural: [number, number];
  /** Pixels within the card's padding that are not the background colour. */
  marginInk: number;
  /** Separate runs of rows with ink between the header and the footer (eyebrow + title lines). */
  textBands: number;
}

/** Loads a card in Chromium and looks at its pixels: nothing drawn in the padding, one band of ink per text line. */
async function inspectCard(browser: Browser, url: string): Promise<PixelReport> {
  const { context } = await newGuardedContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await page.evaluate(
      async ({ pad, bg, width, height }) => {
        const img = document.querySelector('img') ?? Object.assign(document.createElement('img'), { src: location.href });
        await img.decode();
        const canvas = Object.assign(document.createElement('canvas'), { width: img.naturalWidth, height: img.naturalHeight });
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        const [r0, g0, b0] = [1, 3, 5].map((i) => parseInt(bg.slice(i, i + 2), 16));
        const ink = (x: number, y: number) => {
          const i = (y * canvas.width + x) * 4;
          return Math.abs(data[i]! - r0!) + Math.abs(data[i + 1]! - g0!) + Math.abs(data[i + 2]! - b0!) > 48;
        };
        let marginInk = 0;
        for (let y = 0; y < canvas.height; y++) {
          for (let x = 0; x < canvas.width; x++) {
            const inMargin = x < pad.x - 4 || x >= width - pad.x + 4 || y < pad.y - 4 || y >= height - pad.y + 4;
            if (inMargin && ink(x, y)) marginInk++;
          }
        }
        // Between the header row (ends by y≈110) and the footer row (starts at height - pad - 56).
        let textBands = 0;
        let inBand = false;
        for (let y = pad.y + 60; y < height - pad.y - 56; y++) {
          let rowInk = false;
          for (let x = pad.x; x < width - pad.x && !rowInk; x++) rowInk = ink(x, y);
          if (rowInk && !inBand) textBands++;
          inBand = rowInk;
        }
        return { natural: [img.naturalWidth, img.naturalHeight] as [number, number], marginInk, textBands };
      },
      { pad: CARD_PADDING, bg: CARD_COLORS.background, width: CARD_WIDTH, height: CARD_HEIGHT },
    );
  } finally {
    await context.close();
  }
}

/** Widths of text lines as Chromium lays them out in the card font (Pretendard from its npm package). */
async function chromiumLineWidths(browser: Browser, lines: string[], size: number): Promise<number[]> {
  const { context } = await newGuardedContext(browser);
  try {
    const page = await context.newPage();
    await page.setContent(
      `<style>@font-face{font-family:Card;font-weight:700;src:url(${fontDataUrl(700)}) format("woff")}
       body{margin:0} span{font:700 ${size}px Card;white-space:nowrap;display:inline-block}</style>
       ${lines.map((l) => `<div><span>${l.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</span></div>`).join('')}`,
    );
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('700 20px Card', '가'))).toBe(true);
    return await page.$$eval('span', (spans) => spans.map((s) => s.getBoundingClientRect().width));
  } finally {
    await context.close();
  }
}

describe('share cards', () => {
  const s = useSite(realRoot);

  it.each(pageTypes)('the %s page shares a 1200×630 card of its own that shows its title inside the card', async (type) => {
    const page = firstOfType(s.groups, type);
    const meta = await shareMeta(s, page.url);
    expect(meta.image, `${page.url} has og:image`).toBeTruthy();
    expect(meta.twitterCard).toBe('summary_large_image');
    expect(meta.twitterImage).toBe(meta.image);
    expect([meta.width, meta.height]).toEqual(['1200', '630']);
    expect(meta.alt).toContain(meta.title);

    const file = distFile(s, meta.image!);
    expect(existsSync(file), `${file} exists`).toBe(true);
    expect(pngSize(file)).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    // Each page type has a card of its own (the site's articles are all within share.articleCards).
    const key = path.relative(path.join(s.site.outDir, 'og'), file).replace(/\.png$/, '');
    expect(key === 'home' ? 'home' : key.split('/')[0]).toBe(
      { home: 'home', topics: 'topics', topic: 'topics', article: 'articles', editions: 'editions', edition: 'editions', organizations: 'organizations', organization: 'organizations', search: 'search' }[type],
    );

    // The title as the card sets it: whole words, at most three lines, each inside the card.
    const title = type === 'home' ? ORIGINAL_NAME : meta.title;
    const layout = layoutShareCard({ eyebrow: '', title, tags: [] }, { brand: 'ICT', name: ORIGINAL_NAME });
    const shown = layout.titleLines.join(' ');
    if (layout.titleTruncated) expect(title.startsWith(shown.slice(0, -ELLIPSIS.length))).toBe(true);
    else expect(shown).toBe(title.trim().split(/\s+/).join(' '));
    // Measured again by Chromium's own text layout with the same font.
    const widths = await chromiumLineWidths(s.browser, layout.titleLines, layout.titleSize);
    for (const [i, w] of widths.entries()) expect(w, `line ${i + 1} "${layout.titleLines[i]}"`).toBeLessThanOrEqual(CONTENT_WIDTH);

    // The PNG itself: nothing drawn in the padding (no overflow), and a band of ink per line (eyebrow + title).
    const pixels = await inspectCard(s.browser, meta.image!.replace(`${s.site.variant.siteUrl}${s.site.base}`, s.server.url('')));
    expect(pixels.natural).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(pixels.marginInk, 'pixels drawn in the card padding').toBe(0);
    expect(pixels.textBands).toBe(layout.titleLines.length + 1);
  });

  it('draws every card in dist/og/ at 1200×630', () => {
    const cards: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else cards.push(full);
      }
    };
    walk(path.join(s.site.outDir, 'og'));
    expect(cards.length).toBeGreaterThan(pageTypes.length);
    for (const card of cards) expect(pngSize(card)).toEqual([CARD_WIDTH, CARD_HEIGHT]);
  });
});

describe('the site name comes from site.yaml', () => {
  const s = useSite(renamed);
  const original = useSite(realRoot, { crawl: false });

  it('on every page: title, header, footer and Open Graph', () => {
    expect(s.crawl.htmlPages.length).toBeGreaterThan(10);
    for (const page of s.crawl.htmlPages) {
      const file = path.join(s.site.outDir, page.sitePath, 'index.html');
      const html = readFileSync(file, 'utf8');
      expect(html, page.sitePath).toContain(`<meta property="og:site_name" content="${RENAMED_SITE.name}"`);
      expect(html, page.sitePath).toContain(`<span class="brand-mark" aria-hidden="true">${RENAMED_SITE.brand}</span>`);
      expect(html, page.sitePath).toMatch(new RegExp(`<title>[^<]*${RENAMED_SITE.name}[^<]*</title>`));
      expect(html, page.sitePath).toContain(`${RENAMED_SITE.name}는 매주`);
      expect(html, page.sitePath).not.toContain(ORIGINAL_NAME);
    }
  });

  it('in the feed', () => {
    const feed = readFileSync(path.join(s.site.outDir, 'rss.xml'), 'utf8');
    expect(feed).toContain(`<title>${RENAMED_SITE.name}</title>`);
    expect(feed).not.toContain(ORIGINAL_NAME);
  });

  it('on the cards: the same page draws a different card, and the home card is titled with the new name', () => {
    for (const key of ['home.png', 'topics.png', `editions/${readdirSync(path.join(s.site.outDir, 'og', 'editions'))[0]}`]) {
      const renamedCard = readFileSync(path.join(s.site.outDir, 'og', key));
      const originalCard = readFileSync(path.join(original.site.outDir, 'og', key));
      expect(renamedCard.equals(originalCard), key).toBe(false);
    }
    const layout = layoutShareCard({ eyebrow: '', title: RENAMED_SITE.name, tags: [] }, RENAMED_SITE);
    expect(layout.titleLines.join(' ')).toBe(RENAMED_SITE.name);
    expect(layoutShareCard({ eyebrow: '', title: '주제', tags: [] }, RENAMED_SITE).siteName).toBe(RENAMED_SITE.name);
  });
});
