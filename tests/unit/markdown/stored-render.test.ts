import { describe, expect, it } from 'vitest';
import { withoutFrontmatterCopy } from '@/lib/markdown/stored-render';

describe('withoutFrontmatterCopy', () => {
  it('drops the front matter copy and keeps the HTML and the other metadata', () => {
    const entry = {
      id: 'a1',
      data: { title: '제목' },
      rendered: { html: '<p>본문</p>', metadata: { headings: [], imagePaths: ['x.png'], frontmatter: { title: '제목' } } },
    };
    const stored = withoutFrontmatterCopy(entry);
    expect(stored).toEqual({ id: 'a1', data: { title: '제목' }, rendered: { html: '<p>본문</p>', metadata: { headings: [], imagePaths: ['x.png'] } } });
    expect(entry.rendered.metadata.frontmatter).toEqual({ title: '제목' });
  });

  it('returns entries without rendered metadata or front matter unchanged', () => {
    const plain = { id: 'b2', data: {} };
    const noCopy = { id: 'c3', rendered: { html: '', metadata: { headings: [] } } };
    expect(withoutFrontmatterCopy(plain)).toBe(plain);
    expect(withoutFrontmatterCopy(noCopy)).toBe(noCopy);
  });
});
