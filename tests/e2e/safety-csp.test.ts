/**
 * Content-Security-Policy (issue 6): every page ships a CSP <meta> that allows
 * only the site's own scripts and Pagefind's WebAssembly, the built site has a
 * `_headers` file with the same kind of policy for hosts that read one, and
 * no page — a search that returns results included — triggers a violation.
 * The test server applies `_headers`, so both policies are in force here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headlineQuery } from './support/articles';
import { newGuardedContext, watchPage } from './support/browser';
import { firstOfType, type PageType } from './support/page-types';
import { cspViolations, recordCspViolations } from './support/safety';
import { useSite } from './support/site-session';
import { realRoot } from './support/variants';

/** `script-src 'self'; …` → Map(directive → sources). */
function parsePolicy(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !map.has(name.toLowerCase())) map.set(name.toLowerCase(), values);
  }
  return map;
}

function scriptPolicyProblems(policy: string): string[] {
  const directives = parsePolicy(policy);
  const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
  if (!scriptSrc) return ['no script-src (nor default-src): any script may run'];
  const problems: string[] = [];
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:', 'blob:']) {
    if (scriptSrc.includes(bad)) problems.push(`script-src allows ${bad}`);
  }
  const objectSrc = directives.get('object-src') ?? directives.get('default-src');
  if (!objectSrc || !(objectSrc.includes("'none'") || (objectSrc.length === 1 && objectSrc[0] === "'self'"))) {
    problems.push(`object-src should be 'none' (is ${objectSrc?.join(' ') ?? 'unset'})`);
  }
  return problems;
}

const cases: Array<{ label: string; type?: PageType; search?: boolean; missing?: boolean }> = [
  { label: 'home', type: 'home' },
  { label: 'topic list', type: 'topics' },
  { label: 'topic', type: 'topic' },
  { label: 'article', type: 'article' },
  { label: 'edition list', type: 'editions' },
  { label: 'edition', type: 'edition' },
  { label: 'organisation list', type: 'organizations' },
  { label: 'organisation', type: 'organization' },
  { label: 'search (empty)', type: 'search' },
  { label: 'search that returns results', search: true },
  { label: '404', missing: true },
];

describe('Content-Security-Policy', () => {
  const s = useSite(realRoot);

  it('the build has a _headers file that sends a strict Content-Security-Policy', () => {
    const file = path.join(s.site.outDir, '_headers');
    expect(existsSync(file), `${file} exists`).toBe(true);
    const text = readFileSync(file, 'utf8');
    const policy = /^\s+Content-Security-Policy:\s*(.+)$/im.exec(text)?.[1];
    expect(policy, 'a Content-Security-Policy header line in _headers').toBeTruthy();
    expect(scriptPolicyProblems(policy!)).toEqual([]);
  });

  it.each(cases)('$label: strict CSP <meta>, no violation', async (c) => {
    const url = c.search
      ? s.server.url(`search/?q=${encodeURIComponent(headlineQuery(s.site.contentDir).query)}`)
      : c.missing
        ? s.server.url('no-such-page/')
        : firstOfType(s.groups, c.type!).url;
    const { context, externalRequests } = await newGuardedContext(s.browser);
    await recordCspViolations(context);
    const consoleCsp: string[] = [];
    try {
      const page = await context.newPage();
      const watch = watchPage(page);
      page.on('console', (msg) => {
        if (/Content Security Policy/i.test(msg.text())) consoleCsp.push(msg.text());
      });
      const response = await page.goto(url, { waitUntil: 'load' });
      expect(response?.status()).toBe(c.missing ? 404 : 200);
      if (c.search) await page.locator('[data-search-results] a[href]').first().waitFor({ state: 'attached', timeout: 20_000 });
      await page.waitForLoadState('networkidle');

      const meta = await page.evaluate(() => {
        const el = document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
        if (!el) return null;
        // A CSP <meta> only governs what comes after it.
        const before: string[] = [];
        for (const other of document.querySelectorAll('script, style, link[rel~="stylesheet"], link[rel~="modulepreload"]')) {
          if (other.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) before.push(other.outerHTML.slice(0, 80));
        }
        return { policy: el.getAttribute('content') ?? '', inHead: el.parentElement === document.head, before };
      });
      expect(meta, `${url} has <meta http-equiv="Content-Security-Policy">`).not.toBeNull();
      expect(meta!.inHead, 'the CSP <meta> is in <head>').toBe(true);
      expect(meta!.before, 'elements before the CSP <meta>, which it does not cover').toEqual([]);
      expect(scriptPolicyProblems(meta!.policy), meta!.policy).toEqual([]);

      const violations = [...(await cspViolations(page)), ...consoleCsp];
      expect(violations, `${url}\n${violations.join('\n')}`).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
      expect(watch.failedRequests).toEqual([]);
      expect(externalRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
