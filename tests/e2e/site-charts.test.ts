/**
 * Numbers and trends at a glance (issue 18): the edition's money chart and
 * figures table on the home and edition pages, a topic's articles per edition
 * on the topic page and as sparklines on the topics page. Server-rendered SVG
 * with a Korean text alternative and the data as a table; readable at 320 px
 * in the light and the dark theme, with no axe violation.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newGuardedContext } from './support/browser';
import { projectSeeds, SITE_URL, type Variant } from './support/build-site';
import { useSite } from './support/site-session';

/** The real seed split in two editions, the newer with a sidecar title, so trends have two points. */
function twoEditions(): Variant {
  const dir = path.join(os.tmpdir(), 'charts-two-editions-seeds');
  mkdirSync(dir, { recursive: true });
  const lines = readFileSync(projectSeeds().find((f) => f.endsWith('.txt'))!, 'utf8').split('\n').filter(Boolean);
  const half = Math.ceil(lines.length / 2);
  writeFileSync(path.join(dir, '000_c0ffee00.txt'), `${lines.slice(0, half).join('\n')}\n`);
  writeFileSync(path.join(dir, '001_c0ffee01.txt'), `${lines.slice(half).join('\n')}\n`);
  writeFileSync(path.join(dir, '001_c0ffee01.yaml'), 'title: 둘째 주 소식\ndate: 2026-01-12\n');
  return {
    name: 'charts-two-editions',
    seeds: ['000_c0ffee00.txt', '001_c0ffee01.txt', '001_c0ffee01.yaml'].map((f) => path.join(dir, f)),
    basePath: '/',
    siteUrl: SITE_URL,
  };
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }> } };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
}

interface ChartReport {
  scrollWidth: number;
  charts: Array<{ name: string; right: number; width: number; barContrast: number; textContrast: number; bars: number }>;
  tableRows: number[];
  sparklines: string[];
}

/** What a reader's browser shows of the page's charts: their names, sizes and colours against the page. */
async function inspectCharts(page: Page): Promise<ChartReport> {
  return page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: number[]) => {
      const [r, g, b] = c.map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [l1, l2] = [lum(rgb(a)), lum(rgb(b))].sort((x, y) => y - x);
      return (l1! + 0.05) / (l2! + 0.05);
    };
    const background = getComputedStyle(document.body).backgroundColor;
    const charts = [...document.querySelectorAll<SVGSVGElement>('svg.chart[role="img"]')].map((svg) => {
      const labelId = svg.getAttribute('aria-labelledby');
      const name = (labelId ? document.getElementById(labelId)?.textContent : svg.getAttribute('aria-label')) ?? '';
      const box = svg.getBoundingClientRect();
      const bar = svg.querySelector('.chart-bar')!;
      const text = svg.querySelector('text')!;
      return {
        name,
        right: box.right,
        width: box.width,
        barContrast: contrast(getComputedStyle(bar).fill, background),
        textContrast: contrast(getComputedStyle(text).fill, background),
        bars: svg.querySelectorAll('.chart-bar').length,
      };
    });
    return {
      scrollWidth: document.documentElement.scrollWidth,
      charts,
      tableRows: [...document.querySelectorAll('.edition-numbers table, .trend-chart table')].map((t) => t.querySelectorAll('tbody tr').length),
      sparklines: [...document.querySelectorAll('svg.sparkline[role="img"]')].map((s) => s.getAttribute('aria-label') ?? ''),
    };
  });
}

describe('numbers and trends', () => {
  const s = useSite(twoEditions());

  const pages = [
    // The newest edition (the home page's) happens to have no won amounts: figures table only.
    { label: 'home', path: '', kind: 'numbers' },
    { label: 'edition', path: 'editions/000_c0ffee00/', kind: 'money' },
    { label: 'topic', path: 'topics/ai/', kind: 'trend' },
    { label: 'topics', path: 'topics/', kind: 'sparklines' },
  ] as const;

  describe.each(['light', 'dark'] as const)('%s theme at 320 px', (colorScheme) => {
    it.each(pages)('$label page: charts fit, read against the page and pass axe', async ({ path: sitePath, kind }) => {
      const { context } = await newGuardedContext(s.browser, { colorScheme, viewport: { width: 320, height: 720 }, bypassCSP: true });
      try {
        const page = await context.newPage();
        expect((await page.goto(s.server.url(sitePath)))?.status()).toBe(200);
        const report = await inspectCharts(page);
        expect(report.scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(320);
        if (kind === 'numbers' || kind === 'money') {
          expect(await page.locator('.edition-numbers h2, .edition-numbers h3').first().textContent()).toBe('숫자로 보는 이번 호');
          expect(report.tableRows.at(-1), 'rows of the other figures').toBeGreaterThan(0);
        }
        if (kind === 'money') {
          const money = report.charts[0]!;
          expect(money, 'a money chart').toBeDefined();
          expect(money.name).toMatch(/금액 \d+개를 (조|억|만) 원 단위로 비교한 막대그래프/);
          expect(money.bars).toBeGreaterThan(0);
          // The money table (with the articles) has a row per bar; the figures table follows it.
          expect(report.tableRows[0]).toBe(money.bars);
          expect(report.tableRows[1]).toBeGreaterThan(0);
        }
        if (kind === 'trend') {
          const trend = report.charts[0]!;
          expect(trend.name).toMatch(/^인공지능 호별 기사 수 \(오래된 호부터\): 1호 \d+건, 둘째 주 소식|^인공지능 호별 기사 수 \(오래된 호부터\): 1호 \d+건, 2호 \d+건$/);
          expect(trend.bars).toBe(2);
          expect(report.tableRows).toEqual([2]);
        }
        if (kind === 'sparklines') {
          expect(report.sparklines.length).toBeGreaterThan(0);
          for (const label of report.sparklines) expect(label).toMatch(/호별 기사 수 \(오래된 호부터\): 1호 \d+건, 2호 \d+건$/);
        }
        for (const chart of report.charts) {
          expect(chart.right, chart.name).toBeLessThanOrEqual(320);
          expect(chart.width, chart.name).toBeGreaterThan(200);
          expect(chart.barContrast, `bars against the page in ${chart.name}`).toBeGreaterThanOrEqual(3);
          expect(chart.textContrast, `text against the page in ${chart.name}`).toBeGreaterThanOrEqual(4.5);
        }
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});
