import { describe, expect, it } from 'vitest';
import {
  SENTINEL,
  buildExcerpt,
  createHighlighter,
  encodeTextDirective,
  parsePagefindExcerpt,
  readableContent,
  textFragmentFor,
} from '@/lib/search/excerpt';

const marked = (text: string, forms: string[]) =>
  createHighlighter(forms)(text).map((r) => text.slice(r.start, r.end));

describe('highlighter', () => {
  it('marks a query word inside a longer Korean word', () => {
    expect(marked('과학기술정보통신부는 연구개발특구를 육성한다', ['특구'])).toEqual(['특구']);
  });

  it('ignores spacing differences', () => {
    expect(marked('로봇 무선 충전 KC 인증', ['무선충전'])).toEqual(['무선 충전']);
    expect(marked('AI디지털배움터 신규', ['디지털 배움터'])).toEqual(['디지털배움터']);
  });

  it('matches Latin forms case-insensitively and only on word edges', () => {
    expect(marked('카카오의 AI 모델 AiVATAR 와 AI디지털배움터', ['ai'])).toEqual(['AI', 'AI']);
    expect(marked('연구개발(R&D) 예산', ['rd'])).toEqual(['R&D']);
  });

  it('prefers the longest form', () => {
    expect(marked('과학기술정보통신부', ['과학', '과학기술정보통신부'])).toEqual(['과학기술정보통신부']);
  });
});

describe('excerpt', () => {
  const text = `${'앞부분 문장입니다. '.repeat(30)}연구개발특구 육성 사업의 총투자 규모는 1673억 원으로 증액됐다. ${'뒷부분 문장입니다. '.repeat(30)}`;

  it('comes from the window around the matches, cut at spaces, with ellipses', () => {
    const ranges = createHighlighter(['특구', '1673억'])(text);
    const { segments, shown } = buildExcerpt(text, ranges, 120);
    const joined = segments.map((s) => s.text).join('');
    expect(joined.startsWith('… ')).toBe(true);
    expect(joined.endsWith(' …')).toBe(true);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['특구', '1673억']);
    expect(shown).toHaveLength(2);
  });

  it('starts at the beginning when nothing matched', () => {
    const { segments } = buildExcerpt(text, [], 50);
    expect(segments[0]!.text.startsWith('앞부분')).toBe(true);
  });

  it('cuts Pagefind content at the token block', () => {
    expect(readableContent(`제목. 본문  입니다. ${SENTINEL} 특구 배움터.`)).toBe('제목. 본문 입니다.');
    expect(readableContent('토큰 없는 본문')).toBe('토큰 없는 본문');
  });
});

describe('text fragments', () => {
  it('names the whole word around the match, with the word before as context', () => {
    const text = '과기정통부는 연구개발특구를 지역 거점으로 육성한다';
    const ranges = createHighlighter(['특구'])(text);
    const fragment = textFragmentFor(text, ranges);
    expect(fragment).toBe(
      `#:~:text=${encodeURIComponent('과기정통부는')}-,${encodeURIComponent('연구개발특구를')}&text=${encodeURIComponent('연구개발특구를')}`,
    );
  });

  it('stops at punctuation around the word, and adds context only after a space', () => {
    const text = "과기부, ‘AI디지털배움터’ 32곳 과학기술정보통신부(장관 배경훈)";
    const a = decodeURIComponent(textFragmentFor(text, createHighlighter(['배움터'])(text)));
    expect(a).toBe('#:~:text=AI디지털배움터');
    const b = decodeURIComponent(textFragmentFor(text, createHighlighter(['과학기술정보통신부'])(text)));
    expect(b).toBe('#:~:text=32곳-,과학기술정보통신부&text=과학기술정보통신부');
  });

  it('escapes the characters that are syntax in a text directive', () => {
    expect(encodeTextDirective('K-AI, R&D')).toBe('K%2DAI%2C%20R%26D');
    const text = '국내 K-AI 프로젝트';
    expect(textFragmentFor(text, createHighlighter(['프로젝트'])(text))).toContain('K%2DAI-,');
  });

  it('is empty when nothing matched', () => {
    expect(textFragmentFor('본문', [])).toBe('');
  });
});

describe("Pagefind's excerpt", () => {
  it('is split on its own <mark> tags only, never parsed as HTML', () => {
    const segments = parsePagefindExcerpt('a &lt;script&gt;x&lt;/script&gt; <mark>특구를</mark> b');
    expect(segments).toEqual([
      { text: 'a <script>x</script> ', mark: false },
      { text: '특구를', mark: true },
      { text: ' b', mark: false },
    ]);
  });
});
