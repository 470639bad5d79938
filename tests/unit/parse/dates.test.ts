import { describe, expect, it } from 'vitest';
import { extractDates } from '@/lib/parse/dates';

describe('extractDates', () => {
  it('returns dates as written, deduplicated, in order', () => {
    expect(
      extractDates('과기정통부는 26일 밝혔다. 지난 12월 29일 발표했다. 2026년까지 확대하고 2026년도 계획을 세웠다. 26일 다시 만났다.'),
    ).toEqual(['26일', '12월 29일', '2026년', '2026년도']);
  });

  it('keeps a relative year or month that anchors a month or day', () => {
    expect(extractDates('내년 1월로 예정된 시행, 내달 19일까지 입법예고, 지난 9월 8일 신고')).toEqual([
      '내년 1월',
      '내달 19일',
      '9월 8일',
    ]);
  });

  it('reads full and numeric dates', () => {
    expect(extractDates('2026년 3월 2일 개막, 2025. 12. 30. 공고, 2024-01-05 기준')).toEqual([
      '2026년 3월 2일',
      '2025. 12. 30.',
      '2024-01-05',
    ]);
  });

  it('skips durations, counts and impossible dates', () => {
    expect(extractDates('3일간 조사, 30일 동안, 1일째, 2년 연속, 13월, 32일, CES 2026, 1673억 원')).toEqual([]);
  });

  it('handles empty and date-free input', () => {
    expect(extractDates('')).toEqual([]);
    expect(extractDates('날짜가 없는 문장이다.')).toEqual([]);
  });
});
