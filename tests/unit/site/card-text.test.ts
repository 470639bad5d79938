import { describe, expect, it } from 'vitest';
import { cardSummary, lengthLabel } from '@/lib/site/card-text';

describe('cardSummary', () => {
  const summary = 'KT가 기업 고객의 장애를 미리 알아내는 서비스를 내놨다고 13일 밝혔다. 이 서비스는 회선을 실시간으로 분석한다.';

  it('keeps the summary under a real headline', () => {
    expect(cardSummary('KT, 장애 예측 서비스', false, summary)).toBe(summary);
  });

  it('leaves out the sentence a derived title was cut from', () => {
    expect(cardSummary('KT가 기업 고객의 장애를 미리 알아내는 서비스', true, summary)).toBe('이 서비스는 회선을 실시간으로 분석한다.');
  });

  it('shows what the title left out when the summary is that one sentence', () => {
    expect(cardSummary('KT가 기업 고객의 장애를', true, 'KT가 기업 고객의 장애를 줄였다.')).toBe('…줄였다.');
    expect(cardSummary('KT가 기업 고객의 장애를 줄였다.', true, 'KT가 기업 고객의 장애를 줄였다.')).toBe('');
  });

  it('keeps a summary that does not start with the derived title', () => {
    expect(cardSummary('다른 문장', true, summary)).toBe(summary);
  });
});

describe('lengthLabel', () => {
  it('rounds the character count without spaces and says when the text is cut', () => {
    expect(lengthLabel('가'.repeat(640) + ' '.repeat(50), true)).toBe('원문 일부, 약 600자');
    expect(lengthLabel('가'.repeat(1260), false)).toBe('약 1,300자');
    expect(lengthLabel('가 나 다', false)).toBe('약 10자');
  });
});
