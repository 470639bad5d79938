import { describe, expect, it } from 'vitest';
import { readDateMentions } from '@/lib/site/date-mentions';

const read = (text: string, date = '2026-04-13') => readDateMentions(text, date).map((m) => [m.text, m.iso]);

describe('readDateMentions', () => {
  it('places a bare day up to the edition day in the edition month', () => {
    expect(read('과기정통부는 10일 밝혔다.')).toEqual([['10일', '2026-04-10']]);
    expect(readDateMentions('13일 열렸다', '2026-04-13')[0]).toEqual({ text: '13일', iso: '2026-04-13', label: '2026년 4월 13일' });
  });

  it('leaves a bare day after the edition day alone: this month or last month cannot be told apart', () => {
    expect(read('협약식은 20일 열린다.')).toEqual([]);
  });

  it('reads 지난 and 오는 across a month boundary', () => {
    expect(read('지난 30일 발표했다', '2026-04-02')).toEqual([['30일', '2026-03-30']]);
    expect(read('오는 5일 시작한다', '2026-04-20')).toEqual([['5일', '2026-05-05']]);
    expect(read('오는 24일 열린다')).toEqual([['24일', '2026-04-24']]);
    expect(read('지난 31일', '2026-05-10')).toEqual([]);
  });

  it('gives a month-day date the nearest year, also across a new year', () => {
    expect(read('12월 29일 행사', '2026-01-05')).toEqual([['12월 29일', '2025-12-29']]);
    expect(read('1월 3일 시행', '2025-12-20')).toEqual([['1월 3일', '2026-01-03']]);
    expect(read('4월 2일과 5월 1일')).toEqual([
      ['4월 2일', '2026-04-02'],
      ['5월 1일', '2026-05-01'],
    ]);
  });

  it('skips a month-day date too far from the edition to be sure of its year', () => {
    expect(read('10월 10일', '2026-04-13')).toEqual([]);
  });

  it('skips full dates, durations, impossible dates and repeats', () => {
    expect(read('2026년 4월 1일, 3일간, 30일 동안, 2일째, 4월 31일, 10일 그리고 10일')).toEqual([['10일', '2026-04-10']]);
  });

  it('does nothing without a valid edition date', () => {
    expect(readDateMentions('10일 밝혔다', undefined)).toEqual([]);
    expect(readDateMentions('10일 밝혔다', '2026-02-30')).toEqual([]);
  });
});
