import { describe, expect, it } from 'vitest';
import { escapeHtml } from '@/lib/escape-html';
import { contentSecurityPolicy, headersFile } from '@/lib/site/security';

describe('content security policy', () => {
  it('allows only own scripts plus WebAssembly, and no inline script or style', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("object-src 'none'");
  });

  it('writes _headers for the site under its base path, forbidding framing', () => {
    const file = headersFile('/news');
    expect(file.split('\n')[0]).toBe('/news/*');
    expect(file).toContain("frame-ancestors 'none'");
    expect(headersFile('/').split('\n')[0]).toBe('/*');
  });
});

describe('feed escaping', () => {
  it('escapes summary markup so feed readers show it as text', () => {
    expect(escapeHtml('<script>alert("x")</script> & <!-- c -->')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;!-- c --&gt;',
    );
  });
});
