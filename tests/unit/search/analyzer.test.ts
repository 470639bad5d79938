import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@/lib/search/analyzer';
import { broadSuffixes, pagefindKeys, pruneTokens, rareJoins } from '@/lib/search/token-pruning';
import { synonymGroups } from '@/lib/search/synonyms';

const corpus = [
  '과학기술정보통신부는 연구개발특구를 지역 기저 기술 창업의 핵심 거점으로 육성한다. 2026년 연구개발특구 육성 사업의 총투자 규모는 1673억 원이다. 특구 혁신성장 규모 확장',
  '기획예산처와 과학기술정보통신부는 올해부터 연구개발(R&D) 예산 협의회를 상설 운영한다. R&D 예산 배분·조정안을 마련하는 과정에서 배분 과정 조정안 검토',
  '과기정통부는 내년 1월로 예정된 AI기본법 시행을 앞두고 카카오의 AI 모델인 Kanana를 대상으로 안전성 평가를 실시했다. 기본 역량',
  '국내 최초 로봇 무선 충전 KC 인증 획득, 산업용 로봇 무선전력전송 상용화. 무선 기술과 충전 기술, 충전기를 쓰는 로봇',
  '과학기술정보통신부는 AI디지털배움터 신규 구축지 32곳을 선정했다. 디지털 교육 거점이며 디지털 전환을 돕는다. 교육을 받는다. 정보보호산업법 시행령 정보보호 산업의 진흥',
];

const editorial = {
  synonyms: [
    ['AI', '인공지능', '에이아이'],
    ['R&D', '연구개발', '알앤디'],
    ['DX', '디지털 전환'],
  ],
  organizations: [
    { name: '과학기술정보통신부', aliases: ['과기정통부', '과기부', 'MSIT'] },
    { name: '카카오', aliases: ['Kakao'] },
    { name: '정보통신산업진흥원', aliases: ['NIPA'] },
  ],
};

const analyzer = createAnalyzer(corpus, {
  extraTerms: ['연구개발특구', '인공지능', '정보보호', '과학기술정보통신부', '정보통신산업진흥원'],
  synonymGroups: synonymGroups(editorial),
});

const tokensOf = (text: string) => analyzer.tokensFor(text);

describe('compound decomposition', () => {
  it('indexes the inner parts of compounds at known word boundaries', () => {
    expect(analyzer.decompose('연구개발특구').suffixes).toContain('특구');
    expect(analyzer.decompose('정보보호산업법').suffixes).toContain('산업법');
    expect(analyzer.decompose('무선전력전송').suffixes).toContain('전력전송');
  });

  it('drops suffixes that would add a large share of the pages to a query', () => {
    // `과학기술정보통신부` splits after `과학기술`, a word in this corpus…
    const texts = Array.from({ length: 40 }, (_, i) =>
      i < 30 ? `과학기술정보통신부는 과학기술 정책 ${i}` : `정보통신산업진흥원은 산업 지원 ${i}`,
    );
    const local = createAnalyzer(texts);
    const pages = texts.map((t) => local.analyzeTokens(t));
    const broad = broadSuffixes(pages);
    // …but on 30 of 40 pages that suffix is all that would make `정보` match: too broad.
    expect(broad).toContain('정보통신부');
    // On 10 of 40 pages (and at most the floor of 10), a suffix is kept.
    expect(broad).not.toContain('진흥원');
    expect(broadSuffixes(pages.slice(0, 8))).toEqual(new Set());
  });

  it('keeps nothing shorter than two syllables and no bare particles', () => {
    const tokens = corpus.flatMap(tokensOf);
    for (const t of tokens) {
      expect([...t].length, t).toBeGreaterThanOrEqual(2);
      expect(['으로', '에서', '에게'], t).not.toContain(t);
    }
  });
});

describe('tokens for one text', () => {
  it('splits Latin and Hangul runs that Pagefind glues', () => {
    expect(tokensOf('AI기본법 시행')).toContain('기본법');
    expect(tokensOf('AI디지털배움터 신규')).toContain('디지털배움터');
    expect(tokensOf('AI디지털배움터 신규')).toContain('배움터');
  });

  it('adds pieces that punctuation glues in Pagefind', () => {
    expect(tokensOf('예산 배분·조정안을 마련')).toContain('조정안');
    expect(tokensOf('연구개발(R&D) 예산')).toContain('rd');
  });

  it('adds joined forms of short adjacent nouns', () => {
    expect(tokensOf('로봇 무선 충전 KC 인증')).toContain('무선충전');
    expect(tokensOf('디지털 교육 거점')).toContain('디지털교육');
  });

  it('does not join a word that carries a particle or ending', () => {
    const tokens = tokensOf('카카오의 AI 모델인 Kanana를 대상으로');
    expect(tokens).not.toContain('카카오ai');
    expect(tokens).not.toContain('카카오의ai');
  });

  it('adds the other members of synonym and alias groups', () => {
    expect(tokensOf('과학기술정보통신부는 밝혔다')).toEqual(expect.arrayContaining(['과기정통부', '과기부', 'msit']));
    expect(tokensOf('AI 모델')).toEqual(expect.arrayContaining(['인공지능', '에이아이']));
    expect(tokensOf('R&D 예산')).toContain('연구개발');
    expect(tokensOf('디지털 전환을 돕는다')).toContain('dx');
    expect(tokensOf('제조 산업의 DX 비전')).toEqual(expect.arrayContaining(['디지털', '전환', '디지털전환']));
  });
});

describe('rare joins', () => {
  it('keeps short joins always and longer ones only when two pages have them', () => {
    const page = (tokens: string[]) => ({ tokens, joinOnly: new Set(tokens) });
    const rare = rareJoins([page(['무선충전', '디지털배움터', '정보보호산업']), page(['디지털배움터'])]);
    expect(rare).toEqual(new Set(['정보보호산업']));
  });
});

describe('pruning', () => {
  it('drops tokens that a page word already starts with (Pagefind matches prefixes)', () => {
    const text = '특구 혁신성장 연구개발특구를 육성';
    const kept = pruneTokens(tokensOf(text), pagefindKeys(text));
    expect(kept).not.toContain('특구');
    // `연구개발특구` holds `연구개발`, whose synonym `R&D` is not on the page.
    expect(kept).toContain('rd');
  });

  it('keeps the token count bounded by the text (no n-gram blow-up)', () => {
    for (const text of corpus) {
      const keys = new Set(pagefindKeys(text));
      const tokens = pruneTokens(tokensOf(text), keys);
      expect(tokens.length).toBeLessThanOrEqual(keys.size * 1.5);
    }
  });
});
