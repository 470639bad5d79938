/**
 * The index builder end to end through Pagefind's Node API (the real binary),
 * on three small pages: what goes into the augmented and the plain index.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndexes, type BuildResult } from '@/lib/search/build-index';
import { clipSummary, encodePage, searchDocumentHtml } from '@/lib/search/search-document-html';
import { SENTINEL, readableContent } from '@/lib/search/excerpt';
import { decodeIndexedText, encodeIndexedText } from '@/lib/search/indexed-text';
import { pageText, type SearchPage } from '@/lib/search/pages';

function page(id: string, title: string, body: string, topics: string[], edition: string, order: number): SearchPage {
  return {
    id,
    url: `/news/articles/${id}/`,
    file: `${id}.html`,
    title,
    paragraphs: [body],
    summary: `${body} `.repeat(5),
    topics: topics.map((slug) => ({ slug, name: slug === 'regions' ? '지역·특구' : '인공지능' })),
    edition: { stem: edition, label: `제${edition.slice(0, 3)}호`, order },
    text: pageText(title, [body]),
  };
}

const pages = [
  page('aaaaaaaaaaaa', '연구개발특구 육성 사업 본격 추진', '과학기술정보통신부는 연구개발특구를 지역 거점으로 육성한다. 연구개발 예산은 1673억 원이다.', ['regions'], '001_a', 1),
  page('bbbbbbbbbbbb', '과기부, AI디지털배움터 32곳 선정', '디지털 교육 거점인 AI디지털배움터를 늘린다. 디지털 전환을 돕는다.', ['ai'], '002_b', 2),
  page('cccccccccccc', '로봇 무선 충전 인증', '국내 최초 로봇 무선 충전 KC 인증 획득. 무선 기술과 충전기를 쓴다.', ['ai', 'regions'], '002_b', 2),
];

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

function fragments(dir: string): Map<string, Fragment> {
  const out = new Map<string, Fragment>();
  for (const name of readdirSync(path.join(dir, 'fragment'))) {
    const raw = gunzipSync(readFileSync(path.join(dir, 'fragment', name))).toString('utf8');
    const f = JSON.parse(raw.replace(/^pagefind_dcd/, '')) as Fragment;
    out.set(f.url, f);
  }
  return out;
}

let work: string;
let result: BuildResult;

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'search-index-test-'));
  result = await buildSearchIndexes({
    pages,
    outputPath: path.join(work, 'aug', 'pagefind'),
    plainOutputPath: path.join(work, 'plain', 'pagefind'),
    synonymGroups: [
      ['AI', '인공지능'],
      ['과학기술정보통신부', '과기정통부', '과기부'],
      ['DX', '디지털 전환'],
    ],
    extraTerms: ['연구개발', '디지털', '무선'],
  });
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('augmented index', () => {
  it('stores the real text first, then the search tokens after the sentinel', () => {
    const f = fragments(path.join(work, 'aug', 'pagefind')).get('/news/articles/aaaaaaaaaaaa/')!;
    const [text, tokens] = f.content.split(SENTINEL);
    // Stored as indexed (particles and punctuation set apart), read back exactly.
    expect(text).toContain(encodeIndexedText('과학기술정보통신부는 연구개발특구를'));
    expect(text).not.toContain('과학기술정보통신부는');
    expect(readableContent(f.content)).toContain('과학기술정보통신부는 연구개발특구를');
    expect(tokens).toContain('특구');
    expect(tokens).toContain('과기정통부');
    expect(readableContent(f.content)).not.toContain(SENTINEL);
    expect(readableContent(f.content)).not.toMatch(/과기정통부/);
  });

  it('indexes the title and the paragraphs as the page shows them, and nothing else', () => {
    const f = fragments(path.join(work, 'aug', 'pagefind')).get('/news/articles/bbbbbbbbbbbb/')!;
    expect(readableContent(f.content)).toBe(`${pages[1]!.title}. ${pages[1]!.paragraphs[0]}`);
  });

  it('joins short adjacent nouns and splits Latin from Hangul', () => {
    const all = [...fragments(path.join(work, 'aug', 'pagefind')).values()].map((f) => f.content.split(SENTINEL)[1] ?? '');
    expect(all.join(' ')).toContain('무선충전');
    expect(all.join(' ')).toContain('배움터');
    expect(all.join(' ')).toContain('인공지능');
  });

  it('carries title, summary, topics and edition as metadata, topic and edition as filters', () => {
    const f = fragments(path.join(work, 'aug', 'pagefind')).get('/news/articles/cccccccccccc/')!;
    // Pagefind indexes metadata words too, so text fields are encoded like the body.
    const meta = (key: string) => decodeIndexedText(f.meta[key]!);
    expect(meta('title')).toBe('로봇 무선 충전 인증');
    expect(f.meta.title).toBe(encodeIndexedText('로봇 무선 충전 인증'));
    expect(f.meta.topics).toBe('인공지능, 지역·특구');
    expect(meta('edition')).toBe('제002호');
    expect(meta('summary')).toBe(clipSummary(pages[2]!.summary));
    expect([...meta('summary')].length).toBeLessThanOrEqual(101);
    expect(f.filters.topic?.sort()).toEqual(['ai', 'regions']);
    expect(f.filters.edition).toEqual(['002_b']);
  });

  it('writes ko-search.json with the mode and the synonym groups', () => {
    const config = JSON.parse(readFileSync(path.join(work, 'aug', 'pagefind', 'ko-search.json'), 'utf8'));
    expect(config.mode).toBe('augmented');
    expect(config.sentinel).toBe(SENTINEL);
    expect(config.synonyms).toContainEqual(['AI', '인공지능']);
  });

  it('reports sizes and counts', () => {
    const f = result.augmented!;
    expect(f.pages).toBe(3);
    expect(f.tokens).toBeGreaterThan(0);
    expect(f.bytes.data).toBeGreaterThan(0);
    expect(f.bytes.data).toBe(f.bytes.meta + f.bytes.index + f.bytes.fragment + f.bytes.filter);
  });
});

describe('encodePage', () => {
  it('encodes block by block exactly as the whole text is encoded', () => {
    const page = { title: '과기정통부는 “AI 기본법”을', paragraphs: ['인공지능 반도체에 1673억 원을 투입한다.', '', 'K-AI 모델을 공개했다.'] };
    const encoded = encodePage(page);
    expect(encoded.text).toBe(encodeIndexedText(pageText(page.title, page.paragraphs)));
    expect(encoded.paragraphs.map(decodeIndexedText)).toEqual(page.paragraphs);
  });
});

describe('searchDocumentHtml', () => {
  it('treats the text as text: markup in it is escaped, never parsed', () => {
    const html = searchDocumentHtml({ title: '<b>제목</b> & "인용"', paragraphs: ['<script>alert(1)</script>', '[링크](http://x)'] });
    expect(html).toContain('<h1>&lt;b&gt;제목&lt;/b&gt; &amp; &quot;인용&quot;</h1>');
    expect(html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(html).toContain('<p>[링크](http://x)</p>');
    expect(html).not.toMatch(/<script|<b>/);
    const encoded = searchDocumentHtml(encodePage({ title: '<b>제목</b>은', paragraphs: ['<script>알림(1)</script>를'] }));
    expect(encoded).not.toMatch(/<script|<b>/);
    expect(encoded).toContain('&lt;/script');
  });

  it('marks the article text as the body and puts the extra markup after it', () => {
    const html = searchDocumentHtml({ title: '제목', paragraphs: ['하나', '둘'] }, '<div hidden>메타</div>');
    expect(html).toMatch(/^<!doctype html><html lang="ko"><body><article data-pagefind-body><h1>제목<\/h1><p>하나<\/p><p>둘<\/p><\/article><div hidden>메타<\/div><\/body><\/html>$/);
  });
});

describe('plain index', () => {
  it('has the same pages and metadata but no tokens', () => {
    const plain = fragments(path.join(work, 'plain', 'pagefind'));
    expect([...plain.keys()].sort()).toEqual(pages.map((p) => p.url).sort());
    for (const f of plain.values()) expect(f.content).not.toContain(SENTINEL);
    expect(plain.get('/news/articles/aaaaaaaaaaaa/')!.meta.edition).toBe('제001호');
    const config = JSON.parse(readFileSync(path.join(work, 'plain', 'pagefind', 'ko-search.json'), 'utf8'));
    expect(config.mode).toBe('plain');
    expect(result.plain!.tokens).toBe(0);
  });
});
