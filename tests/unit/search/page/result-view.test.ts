import { describe, expect, it } from 'vitest';
import { SENTINEL } from '@/lib/search/excerpt';
import { encodeIndexedText } from '@/lib/search/indexed-text';
import { hasMark, readableFragment, resultView, type ViewContext } from '@/lib/search/page/result-view';
import { emptyHeading, statusText } from '@/lib/search/page/status-text';
import { readSearchState, searchQueryString } from '@/lib/search/page/url-state';
import { planQuery } from '@/lib/search/query';
import { createSynonymIndex } from '@/lib/search/synonyms';
import type { PagefindFragment } from '@/lib/search/page/pagefind-types';

const synonyms = createSynonymIndex([
  ['인공지능', 'AI'],
  ['과학기술정보통신부', '과기정통부'],
]);
const title = '정부, 인공지능 반도체 지원';
const body = '과학기술정보통신부는 인공지능 반도체 개발에 예산을 늘린다고 밝혔다. 연구개발특구를 중심으로 지원한다.';
const fragment: PagefindFragment = {
  url: '/articles/abc/',
  content: `${encodeIndexedText(title)} ${encodeIndexedText(body)} ${SENTINEL} 특구 ai`,
  excerpt: '',
  meta: { title: encodeIndexedText(title), topics: '인공지능' },
  filters: { topic: ['ai'], edition: ['001_x'] },
};
const context = (q: string | null): ViewContext => ({
  plan: q === null ? null : planQuery(q, synonyms),
  mode: 'augmented',
  topicName: new Map([['ai', '인공지능·데이터']]),
  editionLabel: new Map([['001_x', '제001호']]),
});
const marked = (segments: { text: string; mark: boolean }[]) => segments.filter((s) => s.mark).map((s) => s.text);

describe('resultView (synonym highlighting and the result link)', () => {
  it('marks the synonyms of the query in the title and the excerpt (AI marks 인공지능)', () => {
    const v = resultView(fragment, context('AI'));
    expect(marked(v.title)).toEqual(['인공지능']);
    expect(marked(v.excerpt)).toContain('인공지능');
    expect(v.href).toMatch(/^\/articles\/abc\/#:~:text=/);
    expect(decodeURIComponent(v.href)).toContain('인공지능');
  });

  it('marks an alias and a compound part inside longer words', () => {
    expect(marked(resultView(fragment, context('과기정통부')).excerpt)).toEqual(['과학기술정보통신부']);
    expect(marked(resultView(fragment, context('특구')).excerpt)).toEqual(['특구']);
  });

  it('shows the article text, never the token block, and names topic and edition from the menus', () => {
    const v = resultView(fragment, context('특구'));
    const excerpt = v.excerpt.map((s) => s.text).join('');
    expect(excerpt).not.toContain(SENTINEL);
    expect(body).toContain(excerpt.replace(/^…\s*|\s*…$/g, ''));
    expect(v.title.map((s) => s.text).join('')).toBe(title);
    expect(v.topics).toBe('인공지능·데이터');
    expect(v.edition).toBe('제001호');
  });

  it('starts the excerpt at the top of the text for filters only, with no marks', () => {
    const v = resultView(fragment, context(null));
    expect(v.excerpt.map((s) => s.text).join('')).toMatch(/^과학기술정보통신부는/);
    expect(hasMark([v])).toBe(false);
  });

  it("uses Pagefind's own excerpt for a plain index", () => {
    const plain: PagefindFragment = { ...fragment, meta: { title }, excerpt: '연구개발<mark>특구</mark>를 중심으로' };
    const v = resultView(plain, { ...context(null), mode: 'plain' });
    expect(marked(v.excerpt)).toEqual(['특구']);
    expect(v.href).toBe(`/articles/abc/#:~:text=${encodeURIComponent('특구')}`);
    expect(readableFragment(plain, 'plain')).toBe(plain);
  });
});

describe('statusText and the address', () => {
  it('announces counts, filters, order and loose matches', () => {
    expect(statusText({ query: 'AI', total: 12, hasFilters: true, newestFirst: true, loose: false })).toBe(
      '‘AI’ 검색 결과 12건 (필터 적용), 최신 호부터',
    );
    expect(statusText({ query: '과기정통부무선', total: 3, hasFilters: false, newestFirst: false, loose: true })).toMatch(/비슷한 말로 찾은/);
    expect(statusText({ query: '쀍', total: 0, hasFilters: false, newestFirst: false, loose: false })).toBe('‘쀍’ 검색 결과가 없습니다.');
    expect(emptyHeading('', true)).toBe('고른 필터에 맞는 기사가 없습니다.');
  });

  it('writes and reads the shareable address, ignoring filter values the page does not offer', () => {
    const state = { q: '무선 충전', topic: 'ai', edition: '', sort: 'new' };
    const qs = searchQueryString(state);
    expect(qs).toBe('?q=%EB%AC%B4%EC%84%A0+%EC%B6%A9%EC%A0%84&topic=ai&sort=new');
    const allowed = { topic: ['ai'], edition: ['001_x'], sort: ['new'] };
    expect(readSearchState(qs, allowed)).toEqual(state);
    expect(readSearchState('?q=x&topic=gone&edition=001_x', allowed)).toEqual({ q: 'x', topic: '', edition: '001_x', sort: '' });
    expect(searchQueryString({ q: '', topic: '', edition: '', sort: '' })).toBe('');
  });
});
