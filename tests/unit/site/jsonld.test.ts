import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breadcrumbListLd, newsArticleLd, serializeJsonLd } from '@/lib/site/jsonld';

describe('serializeJsonLd', () => {
  it('escapes characters that could close the script element', () => {
    const out = serializeJsonLd({ headline: '</script><script>alert(1)</script> & <!--' });
    expect(out).not.toMatch(/[<>&]/);
    expect(out).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(out)).toEqual({ headline: '</script><script>alert(1)</script> & <!--' });
  });

  it('escapes line and paragraph separators', () => {
    const out = serializeJsonLd({ t: 'a\u2028b\u2029c' });
    expect(out).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual({ t: 'a\u2028b\u2029c' });
  });

  it('round-trips any string and never contains <', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = serializeJsonLd({ s });
        expect(out.includes('<')).toBe(false);
        expect(JSON.parse(out)).toEqual({ s });
      }),
    );
  });

  it('rejects undefined', () => {
    expect(() => serializeJsonLd(undefined)).toThrow();
  });
});

describe('breadcrumbListLd', () => {
  it('numbers items from 1', () => {
    const ld = breadcrumbListLd([
      { name: '홈', url: 'https://e.org/' },
      { name: '주제', url: 'https://e.org/topics/' },
    ]);
    expect(ld['@type']).toBe('BreadcrumbList');
    expect(ld.itemListElement.map((i) => [i.position, i.name, i.item])).toEqual([
      [1, '홈', 'https://e.org/'],
      [2, '주제', 'https://e.org/topics/'],
    ]);
  });
});

describe('newsArticleLd', () => {
  const input = {
    headline: '가'.repeat(200),
    description: '요약',
    url: 'https://e.org/articles/0123456789ab/',
    sections: ['인공지능'],
    keywords: ['인공지능', '연구개발'],
    about: ['과학기술정보통신부'],
    publisherName: '다이제스트',
    publisherUrl: 'https://e.org/',
    edition: { name: '제000호', url: 'https://e.org/editions/000_x/' },
  };

  it('builds a NewsArticle with a headline of at most 110 characters', () => {
    const ld = newsArticleLd(input);
    expect(ld['@type']).toBe('NewsArticle');
    expect(Array.from(ld.headline).length).toBe(110);
    expect(ld.inLanguage).toBe('ko');
    expect(ld.mainEntityOfPage?.['@id']).toBe(input.url);
    expect(ld.keywords).toBe('인공지능, 연구개발');
    expect(ld).not.toHaveProperty('datePublished');
  });

  it('writes no URL at all when the site has no address', () => {
    const { url: _url, publisherUrl: _home, ...rest } = input;
    const ld = newsArticleLd({ ...rest, edition: { name: '1호' } });
    expect(JSON.stringify(ld).replaceAll("https://schema.org", "")).not.toMatch(/https?:/);
    expect(ld).not.toHaveProperty('mainEntityOfPage');
  });

  it('includes the date when known and omits empty lists', () => {
    const ld = newsArticleLd({ ...input, datePublished: '2026-01-12', sections: [], keywords: [], about: [] });
    expect(ld.datePublished).toBe('2026-01-12');
    expect(ld).not.toHaveProperty('articleSection');
    expect(ld).not.toHaveProperty('keywords');
    expect(ld).not.toHaveProperty('about');
  });
});
