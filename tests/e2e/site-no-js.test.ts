/**
 * The reading site (issue 3): article pages ship no JavaScript at all — no
 * script element (JSON-LD data blocks aside), no script/worker/wasm request,
 * no inline event handler, no javascript: URL.
 */
import { describe, expect, it } from 'vitest';
import { newGuardedContext } from './support/browser';
import { useSite } from './support/site-session';
import { realRoot } from './support/variants';

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'application/ecmascript', 'text/ecmascript']);

describe('article pages load no JavaScript', () => {
  const s = useSite(realRoot);

  it('holds for every article page', async () => {
    const articles = s.groups.get('article') ?? [];
    expect(articles.length, 'article pages found by the crawl').toBeGreaterThan(0);
    const failures: string[] = [];
    const { context } = await newGuardedContext(s.browser);
    try {
      for (const article of articles) {
        const page = await context.newPage();
        const loaded: string[] = [];
        page.on('request', (request) => {
          const type = request.resourceType();
          if (type === 'script' || /\.(m?js|wasm)(\?|$)/.test(new URL(request.url()).pathname)) loaded.push(request.url());
        });
        page.on('worker', (worker) => loaded.push(`worker ${worker.url()}`));
        await page.goto(article.url, { waitUntil: 'load' });
        const found = await page.evaluate(
          (jsTypes) => {
            const scripts = [...document.querySelectorAll('script')]
              .filter((el) => jsTypes.includes((el.getAttribute('type') ?? '').trim().toLowerCase()))
              .map((el) => (el.src ? `<script src="${el.src}">` : `inline <script> ${el.textContent?.trim().slice(0, 60)}`));
            const handlers: string[] = [];
            const jsUrls: string[] = [];
            for (const el of document.querySelectorAll('*')) {
              for (const attr of el.attributes) {
                if (/^on/i.test(attr.name)) handlers.push(`<${el.tagName.toLowerCase()} ${attr.name}>`);
                if (/^\s*javascript:/i.test(attr.value))
                  jsUrls.push(`<${el.tagName.toLowerCase()} ${attr.name}="${attr.value.slice(0, 40)}">`);
              }
            }
            const preloads = [...document.querySelectorAll('link[rel="modulepreload"], link[rel="preload"][as="script"]')].map(
              (el) => `<link rel=${el.getAttribute('rel')} href=${el.getAttribute('href')}>`,
            );
            return [...scripts, ...handlers, ...jsUrls, ...preloads];
          },
          [...JS_TYPES],
        );
        const problems = [...found, ...loaded.map((u) => `requested ${u}`)];
        if (problems.length > 0) failures.push(`${article.sitePath}:\n    ${problems.join('\n    ')}`);
        await page.close();
      }
    } finally {
      await context.close();
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
