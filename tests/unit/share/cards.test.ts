import { describe, expect, it } from 'vitest';
import { cardKeys, planShareCards } from '@/lib/share/card-plan';
import { CARD_HEIGHT, CARD_WIDTH, CONTENT_WIDTH, TITLE_MAX_LINES } from '@/lib/share/card-layout';
import { ELLIPSIS } from '@/lib/share/fit-text';
import { cardCacheKey, layoutShareCard, renderShareCard } from '@/lib/share/render-card';
import { parseYamlData } from '@/lib/editorial/yaml-file';
import { siteSettingsSchema } from '@/lib/site/settings';
import { buildSiteIndex } from '@/lib/site/site-index';
import { makeArticle } from '../site/helpers';

const topics = [
  { slug: 'ai', name: '인공지능', description: 'AI', fallback: false, keywords: {} },
  { slug: 'general', name: '일반', description: '기타', fallback: true, keywords: {} },
];
const settings = (yaml = '') => parseYamlData(`name: 경제 다이제스트\nbrand: 경제\n${yaml}`, 'site.yaml', siteSettingsSchema);

function site(perEdition: number, editions: number) {
  const articles = [];
  for (let e = 0; e < editions; e++) {
    for (let i = 0; i < perEdition; i++) articles.push(makeArticle({ edition: `00${e}_x`, topics: ['ai'], source: { file: `00${e}_x.txt`, line: i + 1 } }));
  }
  return buildSiteIndex({ articles, topics, organizations: [{ name: '과학기술정보통신부', slug: 'msit', aliases: [] }] });
}

describe('planShareCards', () => {
  it('gives every page type a card and bounds the article cards to the newest', () => {
    const index = site(4, 3);
    const plan = planShareCards(index, settings('share:\n  articleCards: 5\n'));
    for (const key of ['home', 'topics', 'editions', 'organizations', 'search', 'editions/002_x', 'editions/000_x', 'topics/ai']) {
      expect(plan.cards.has(key), key).toBe(true);
    }
    const articleCards = [...plan.cards.keys()].filter((k) => k.startsWith('articles/'));
    expect(articleCards).toEqual(index.articles.slice(0, 5).map((a) => cardKeys.article(a.id)));
    // The newest edition's articles come first.
    expect(index.articles.slice(0, 4).every((a) => a.edition === '002_x')).toBe(true);
    expect(plan.cards.get('home')).toMatchObject({ title: '경제 다이제스트', tags: ['인공지능'], note: '최신 호 3호' });
    expect(plan.cards.get('editions/000_x')).toMatchObject({ title: '1호', note: '기사 4건' });
  });

  it('draws at most share.maxCards: fixed pages first, then editions each with its articles, newest first', () => {
    const index = site(4, 3);
    const plan = planShareCards(index, settings('share:\n  maxCards: 10\n'));
    expect(plan.cards.size).toBe(10);
    const keys = [...plan.cards.keys()];
    expect(keys.slice(0, 7)).toEqual(['home', 'topics', 'editions', 'organizations', 'search', 'topics/ai', 'editions/002_x']);
    expect(keys.slice(7)).toEqual(index.byEdition.get('002_x')!.slice(0, 3).map((a) => cardKeys.article(a.id)));
  });

  it('names articles with their edition: number and date before a long sidecar title', () => {
    const articles = [makeArticle({ edition: '000_x', title: '과기정통부, 새 사업 발표', topics: ['ai'] })];
    const index = buildSiteIndex({ articles, topics, organizations: [], editionMeta: () => ({ title: '신년 특집', date: '2026-01-05' }) });
    const spec = planShareCards(index, settings()).cards.get(cardKeys.article(articles[0]!.id))!;
    expect(spec).toEqual({ eyebrow: '1호 · 2026년 1월 5일 · 신년 특집', title: '과기정통부, 새 사업 발표', tags: ['인공지능'] });
  });
});

describe('share card layout with the card font', () => {
  const brand = { brand: 'ICT', name: '과학·ICT 뉴스 다이제스트' };

  it('sets a Korean title in whole words, inside the card', () => {
    const title = '과기정통부‧AI안전연구소‧한국정보통신기술협회, 국내 연구진이 개발·구축한 데이터셋 기반 국내 최초 AI 안전성 평가 결과 공개';
    const layout = layoutShareCard({ eyebrow: '1호', title, tags: ['인공지능'] }, brand);
    expect(layout.titleTruncated).toBe(false);
    expect(layout.titleLines.join(' ')).toBe(title);
    expect(layout.titleLines.length).toBeLessThanOrEqual(TITLE_MAX_LINES);
    for (const w of layout.titleWidths) expect(w).toBeLessThanOrEqual(CONTENT_WIDTH);
  });

  it('shortens a very long title with an ellipsis at a word boundary', () => {
    const words = '과학기술정보통신부는 연구개발특구를 지역 기저 기술 창업의 핵심 거점으로 육성하고 2030년까지 특구 안 기업 매출을 두 배로 늘리는 한편 연구소기업 설립 요건을 완화하고 공공기술 이전을 촉진하는 제도 개선을 추진하기로 했다'.split(' ');
    const layout = layoutShareCard({ eyebrow: '1호', title: words.join(' '), tags: [] }, brand);
    expect(layout.titleTruncated).toBe(true);
    expect(layout.titleLines.at(-1)!.endsWith(ELLIPSIS)).toBe(true);
    const shownWords = layout.titleLines.join(' ').slice(0, -1).split(' ');
    expect(shownWords).toEqual(words.slice(0, shownWords.length));
    for (const w of layout.titleWidths) expect(w).toBeLessThanOrEqual(CONTENT_WIDTH);
  });

  it('renders a 1200×630 PNG', async () => {
    const png = await renderShareCard({ eyebrow: '주제', title: '인공지능', tags: [], note: '기사 3건' }, brand);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
  });

  it('keys the cache on what the card shows, including the site name', () => {
    const spec = { eyebrow: '주제', title: '인공지능', tags: [] };
    expect(cardCacheKey(spec, brand)).toBe(cardCacheKey({ ...spec }, { ...brand }));
    expect(cardCacheKey(spec, brand)).not.toBe(cardCacheKey(spec, { ...brand, name: '경제 다이제스트' }));
    expect(cardCacheKey(spec, brand)).not.toBe(cardCacheKey({ ...spec, title: '반도체' }, brand));
  });
});
