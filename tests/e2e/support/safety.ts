/**
 * Checks that a page built from hostile input carries no live markup from it.
 * Runs in the page; returns what it found wrong.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Records `securitypolicyviolation` events from the first byte of every page. */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || '?'}:${e.lineNumber} "${(e.sample || '').slice(0, 60)}"`,
      );
    });
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['(violation recorder missing)']);
}

export async function inspectPageSafety(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const w = window as unknown as { __pwned?: unknown };
    if (w.__pwned !== undefined) problems.push(`a seed payload ran: window.__pwned = ${JSON.stringify(w.__pwned)}`);
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}${[...el.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 50)}"`).join('')}>`;

    const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background', 'srcdoc']);
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) problems.push(`event handler attribute: ${describe(el)}`);
        if (urlAttributes.has(attr.name.toLowerCase()) && /^\s*(javascript|vbscript):/i.test(attr.value)) {
          problems.push(`javascript: URL: ${describe(el)}`);
        }
      }
    }
    for (const el of document.querySelectorAll('iframe, frame, frameset, object, embed, applet, base, meta[http-equiv="refresh" i]')) {
      problems.push(`element that content must never create: ${describe(el)}`);
    }
    for (const el of document.querySelectorAll('img[src="x"], svg[onload], math'))
      problems.push(`element from a seed payload: ${describe(el)}`);
    if (getComputedStyle(document.body).display === 'none') problems.push('the body is hidden (an injected <style>?)');
    for (const el of document.querySelectorAll('style')) {
      if (/display\s*:\s*none/.test(el.textContent ?? '') && /body\s*\{/.test(el.textContent ?? ''))
        problems.push(`injected <style>: ${el.textContent}`);
    }

    const jsTypes = ['', 'module', 'text/javascript', 'application/javascript', 'application/ecmascript', 'text/ecmascript'];
    for (const script of document.querySelectorAll('script')) {
      const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
      const text = script.textContent ?? '';
      if (!jsTypes.includes(type)) {
        // A data block (JSON-LD, JSON for a script): seed text may be in it, but
        // it must not be able to end the element or open a comment/script.
        if (/<!--|<script|<\/script/i.test(text))
          problems.push(`<script type="${type}"> contains an unescaped "<!--", "<script" or "</script": ${text.slice(0, 120)}`);
        if (/json/.test(type)) {
          try {
            JSON.parse(text);
          } catch (error) {
            problems.push(`<script type="${type}"> does not parse as JSON (${String(error)}): ${text.slice(0, 120)}`);
          }
        }
      } else if (/__pwned|alert\(/.test(text) || /__pwned|alert\(/.test(script.getAttribute('src') ?? '')) {
        problems.push(`script element from the seed: ${describe(script)} ${text.slice(0, 80)}`);
      }
    }
    return problems.map((p) => `${location.pathname}${location.search}: ${p}`);
  });
}
