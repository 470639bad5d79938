import { describe, expect, it } from 'vitest';
import { clip, formatCount, formatKoreanDate, htmlText, metaDescription, squash } from '@/lib/site/display-text';

describe('clip', () => {
  it('leaves short text alone', () => {
    expect(clip('짧은 글', 10)).toBe('짧은 글');
  });

  it('cuts long text to the limit with an ellipsis', () => {
    const out = clip('가'.repeat(50), 20);
    expect(Array.from(out)).toHaveLength(20);
    expect(out.endsWith('…')).toBe(true);
  });

  it('prefers a word boundary near the end', () => {
    expect(clip('과학기술정보통신부는 연구개발특구를 지역 거점으로 육성한다', 24)).toBe('과학기술정보통신부는 연구개발특구를 지역…');
  });

  it('never splits a surrogate pair', () => {
    const out = clip('😀'.repeat(10), 5);
    expect(out).toBe('😀😀😀😀…');
  });

  it('collapses whitespace', () => {
    expect(squash('  가\n\t나   다 ')).toBe('가 나 다');
  });
});

describe('metaDescription', () => {
  it('takes the first non-empty candidate and clips at 150', () => {
    expect(metaDescription(undefined, '  ', '둘째')).toBe('둘째');
    expect(Array.from(metaDescription('가'.repeat(300))).length).toBeLessThanOrEqual(150);
  });
});

describe('formatting', () => {
  it('formats ISO dates in Korean', () => {
    expect(formatKoreanDate('2026-01-09')).toBe('2026년 1월 9일');
    expect(formatKoreanDate('soon')).toBe('soon');
  });

  it('groups thousands', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1234567)).toBe('1,234,567');
  });
});

describe('clip on long text', () => {
  it('cuts a long Korean text to max code points, the same as cutting the whole string', () => {
    const long = `${'과학기술정보통신부는 연구개발 예산을 발표했다. '.repeat(400)}😀`;
    const clipped = clip(long, 100);
    expect(Array.from(clipped).length).toBeLessThanOrEqual(100);
    expect(long.startsWith(clipped.slice(0, -1))).toBe(true);
  });

  it('keeps emoji whole at the cut', () => {
    const emoji = '😀'.repeat(150);
    const clipped = clip(emoji, 100);
    expect(Array.from(clipped)).toHaveLength(100);
    expect(clipped.endsWith('…')).toBe(true);
  });
});

describe('htmlText', () => {
  it('reads the text of rendered HTML: tags become spaces, references are decoded', () => {
    expect(htmlText('<p>가 &amp; 나</p>\n<p>&lt;script&gt; &#44032;&#x B;</p>')).toBe('가 & 나 <script> 가&#x B;');
    expect(htmlText('<p>AI&quot;기본법&quot;</p><p>둘째</p>')).toBe('AI"기본법" 둘째');
  });
});
