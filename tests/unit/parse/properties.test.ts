/**
 * Property tests: whatever the input, the parse functions never lose or alter
 * text and never throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deriveTitle,
  extractDates,
  extractFigures,
  reassemble,
  splitArticle,
  splitSentences,
  summarize,
  toParagraphs,
} from '@/lib/parse/index';

/** Hangul (with common particles and endings), Latin, digits and the punctuation seed lines use. */
const pieces = [
  ...'가나다라마바사아자차카타파하',
  '는', '은', '이', '가', '를', '의', '에', '로', '와', '다.', '했다.', '니다.', '요.', '해', '추진', '공개', '정부', '과기정통부',
  ...'abcXYZ',
  ...'0123456789',
  '[단독] ', '<인터뷰> ', '(세종=뉴스온) ', '김민지 기자 = ', '[가온테크 한지민 기자] ', '[주간 브리핑] ', '합니다. ', '⑤ ',
  '.', '…', '...', '"', '“', '”', '‘', '’', "'", '(', ')', '·', ',', '?', '!', '%', '억 원', '개', '일', '월', '년',
  ' ', ' ', ' ', ' ',
];

/** A cleaned line: single spaces, trimmed, as the ingest hands it over. */
const line = fc
  .array(fc.constantFrom(...pieces), { maxLength: 120 })
  .map((parts) => parts.join('').replace(/\s+/g, ' ').trim());

/** Random headline + body shapes built from seed-like words. */
const articleLike = fc
  .tuple(
    fc.array(fc.constantFrom('[단독]', '(대전=새결뉴스) 이서연 기자 =', '[이데일리테크 박준호 기자]', 'AI', '국가', '전략', '본격', '추진…"성장', '견인"', '과기정통부,', '32곳', '신규', '선정...개인별', '“정예팀', '모두가', '승자”임을', '확인'), { minLength: 1, maxLength: 8 }),
    fc.array(fc.constantFrom('과학기술정보통신부는', '정부가', '24일', '연구진이', '개발한', '사업을', '확대한다.', '밝혔다.', '“좋다.”', '(이하', '‘과기정통부’)는', '재'), { minLength: 1, maxLength: 20 }),
  )
  .map(([head, body]) => `${head.join(' ')} ${body.join(' ')}`);

const options = { numRuns: 2000 };

describe('parse invariants', () => {
  it('reassemble(splitArticle(s)) === s', () => {
    fc.assert(
      fc.property(fc.oneof(line, articleLike), (s) => {
        const parts = splitArticle(s);
        expect(reassemble(parts)).toBe(s);
        if (parts.titleDerived && !parts.bylineFirst) expect(parts.body).toBe(s);
        if (!parts.titleDerived) expect(parts.title.length).toBeGreaterThan(0);
        if (parts.byline) expect(s).toContain(parts.byline.text);
        if (parts.label) expect(parts.titleDerived).toBe(false);
        for (const item of parts.deck) expect(item.length).toBeGreaterThan(0);
      }),
      options,
    );
  });

  it('splitSentences(s).join(" ") === s and toParagraphs(s).join(" ") === s', () => {
    fc.assert(
      fc.property(fc.oneof(line, articleLike), (s) => {
        expect(splitSentences(s).join(' ')).toBe(s);
        expect(toParagraphs(s).join(' ')).toBe(s);
      }),
      options,
    );
  });

  it('titles, summaries, figures and dates only quote the text', () => {
    fc.assert(
      fc.property(fc.oneof(line, articleLike), (s) => {
        expect(s.startsWith(deriveTitle(s))).toBe(true);
        const summary = summarize(s);
        expect(summary.length).toBeLessThanOrEqual(200);
        expect(s.startsWith(summary) || s.startsWith(summary.slice(0, -1))).toBe(true);
        for (const f of extractFigures(s)) expect(s).toContain(f.value);
        for (const d of extractDates(s)) expect(s).toContain(d);
      }),
      options,
    );
  });
});
