import { describe, expect, it } from 'vitest';
import { isCompleteSentence, sentenceRegister, splitSentences } from '@/lib/parse/sentences';

function roundTrip(text: string): string[] {
  const sentences = splitSentences(text);
  expect(sentences.join(' ')).toBe(text);
  return sentences;
}

describe('splitSentences', () => {
  it('ends sentences at 다. 요. 니다. ? ! and a bare period', () => {
    expect(roundTrip('정부가 발표했다. 참여해 주세요. 시작합니다. 왜일까? 대단하다! 정책까지. 끝')).toEqual([
      '정부가 발표했다.',
      '참여해 주세요.',
      '시작합니다.',
      '왜일까?',
      '대단하다!',
      '정책까지.',
      '끝',
    ]);
  });

  it('keeps decimals, thousands separators and ellipses inside a sentence', () => {
    expect(roundTrip('예산의 85.3%를 차지한다. 1,000명이 참석했다.')).toEqual([
      '예산의 85.3%를 차지한다.',
      '1,000명이 참석했다.',
    ]);
    expect(roundTrip('32곳 신규 선정...개인별 AI 교육 제공 과기부는 밝혔다. 다음')).toHaveLength(2);
    expect(roundTrip('본격 추진… "성장 견인" 정부는 밝혔다.')).toHaveLength(1);
    expect(roundTrip('결과 공개... "재현 실패" 연구진이 공개했다.')).toHaveLength(1);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(roundTrip('그는 “모두가 승자다.” 다음 문장이다.')).toEqual(['그는 “모두가 승자다.”', '다음 문장이다.']);
    expect(roundTrip("그는 '좋다.' 라고 말했다.")).toEqual(["그는 '좋다.' 라고 말했다."]);
    expect(roundTrip('성과를 냈다(사진). 이어서 발표했다.')).toEqual(['성과를 냈다(사진).', '이어서 발표했다.']);
  });

  it('does not split inside quotations or parentheses', () => {
    expect(roundTrip('그는 “첫째다. 둘째다”라고 말했다. 끝이다.')).toEqual([
      '그는 “첫째다. 둘째다”라고 말했다.',
      '끝이다.',
    ]);
    expect(roundTrip('예산(2025. 12. 기준. 잠정)은 늘었다. 다음이다.')).toEqual([
      '예산(2025. 12. 기준. 잠정)은 늘었다.',
      '다음이다.',
    ]);
  });

  it('survives an unbalanced quote in a cut-off line', () => {
    expect(roundTrip('그는 “이번 도전이 성공했다. 정부가 지원한다. 그리고')).toEqual([
      '그는 “이번 도전이 성공했다.',
      '정부가 지원한다.',
      '그리고',
    ]);
  });

  it('knows abbreviations, initials and numbered dates', () => {
    expect(roundTrip('The U.S. market grew. Dr. Kim agreed. It was approx. five units.')).toEqual([
      'The U.S. market grew.',
      'Dr. Kim agreed.',
      'It was approx. five units.',
    ]);
    expect(roundTrip('2025. 12. 30. 발표했다. 끝')).toEqual(['2025. 12. 30. 발표했다.', '끝']);
  });

  it('handles English-only text, text with no sentence end, empty and symbol-only input', () => {
    expect(roundTrip('Samsung said it would invest. The lab will open')).toEqual([
      'Samsung said it would invest.',
      'The lab will open',
    ]);
    expect(roundTrip('특구 혁신성장 규모 확장')).toEqual(['특구 혁신성장 규모 확장']);
    expect(splitSentences('')).toEqual([]);
    expect(roundTrip('🚀🚀 !!! … ?? 😀.')).toBeDefined();
  });

  it('stays linear on a 60,000-character line', () => {
    const unit = '과기정통부는 26일 “AI 강국” 도약을 위해 1,673억 원(44.5%)을 투입한다고 밝혔다. ';
    const line = unit.repeat(Math.ceil(60_000 / unit.length)).slice(0, 60_000).trim();
    const started = performance.now();
    const sentences = roundTrip(line);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(sentences.length).toBeGreaterThan(500);
  });
});

describe('isCompleteSentence', () => {
  it('accepts terminal punctuation, optionally followed by closers', () => {
    expect(isCompleteSentence('발표했다.')).toBe(true);
    expect(isCompleteSentence('말했다.”')).toBe(true);
    expect(isCompleteSentence('했나?')).toBe(true);
    expect(isCompleteSentence('(사진 제공.)')).toBe(true);
  });

  it('rejects cut-off text and ellipses', () => {
    expect(isCompleteSentence('당부하였')).toBe(false);
    expect(isCompleteSentence('확대…')).toBe(false);
    expect(isCompleteSentence('확대...')).toBe(false);
    expect(isCompleteSentence('')).toBe(false);
  });
});

describe('sentenceRegister', () => {
  it('tells the polite series-intro register from the plain news register', () => {
    expect(sentenceRegister('영향을 줍니다.')).toBe('polite');
    expect(sentenceRegister('확인해 보세요.')).toBe('polite');
    expect(sentenceRegister('밝혔다.')).toBe('plain');
    expect(sentenceRegister('정책까지.')).toBe('other');
  });
});
