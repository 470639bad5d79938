import { describe, expect, it } from 'vitest';
import { extractFigures } from '@/lib/parse/figures';

const values = (text: string) => extractFigures(text).map((f) => `${f.kind}:${f.value}`);

describe('extractFigures', () => {
  it('finds money in Korean and Latin notation', () => {
    expect(values('총 35조 5000억 원 가운데 512억 원과 1억2천만원, 수백억 원, $5 million, 2조 투입')).toEqual([
      'money:35조 5000억 원',
      'money:512억 원',
      'money:1억2천만원',
      'money:수백억 원',
      'money:$5 million',
      'money:2조',
    ]);
  });

  it('finds percentages, counts and measures', () => {
    expect(values('85.3%를 차지하고 51.2% 증액됐다.')).toEqual(['percent:85.3%', 'percent:51.2%']);
    expect(values('32곳, 10개 사업, 69개소, 1천여 명, 94대, 103종, 월 1회')).toEqual([
      'count:32곳',
      'count:10개',
      'count:69개소',
      'count:1천여 명',
      'count:94대',
      'count:103종',
      'count:1회',
    ]);
    expect(values('1킬로와트(kW) 이하, 50와트(W) 수준, 온도 5도만 내려줘, 300GHz 대역')).toEqual([
      'measure:1킬로와트(kW)',
      'measure:50와트(W)',
      'measure:5도',
      'measure:300GHz',
    ]);
  });

  it('does not treat years, dates, ordinals, durations or versions as figures', () => {
    expect(values('2026년 12월 29일 1차 발표회, 2년 연속, 3개월간, CES 2026, Kanana 1.5, 2호기, ver1.0')).toEqual([]);
  });

  it('keeps the noun a bare amount counts, and does not count generations', () => {
    expect(values('국내 최대 규모인 2억 문장의 말뭉치를 구축했다.')).toEqual(['count:2억 문장']);
    expect(values('정부는 2조 투입을 결정했다.')).toEqual(['money:2조']);
    expect(values('5세대 이동통신과 6세대 기술을 개발한다.')).toEqual([]);
  });

  it('lists the same figure once, where it first appears', () => {
    expect(values('예산 500억 원을 투입한다. 이 500억 원은 내년에 쓴다.')).toEqual(['money:500억 원']);
  });

  it('does not let a counter swallow a money amount', () => {
    expect(values('1억 명이 넘는다')).toEqual(['count:1억 명']);
  });

  it('gives each figure a short context within its clause', () => {
    const [figure] = extractFigures(
      '2026년 연구개발특구 육성 사업의 총투자 규모는 1673억 원으로, 전년 대비 약 512억 원(44%)이 증액됐다.',
    );
    expect(figure).toEqual({ value: '1673억 원', kind: 'money', context: '육성 사업의 총투자 규모는 1673억 원' });
    const contexts = extractFigures('이번 행사에는 5개 정예팀이 참석했다. 현재 올해 전체 R&D 예산(35조 5000억 원)의 85.3%를 차지한다.');
    for (const f of contexts) {
      expect(f.context).toContain(f.value);
      expect(f.context.length).toBeLessThanOrEqual(50);
      // Brackets and quotes in a context are balanced.
      expect(f.context.split('(').length).toBe(f.context.split(')').length);
    }
    expect(contexts[0]?.context).toBe('이번 행사에는 5개 정예팀이 참석했다');
  });

  it('deduplicates the same value in the same context and keeps reading order', () => {
    const text = '정부는 32곳을 선정했다. 정부는 32곳을 선정했다. 예산은 10% 늘었다.';
    expect(values(text)).toEqual(['count:32곳', 'percent:10%']);
  });

  it('keeps at most eight, preferring money and percentages', () => {
    const text = Array.from({ length: 10 }, (_, i) => `사업 ${i + 1}개를 골랐다.`).join(' ') + ' 예산은 100억 원이고 증가율은 5%다.';
    const figures = extractFigures(text);
    expect(figures).toHaveLength(8);
    expect(figures.map((f) => f.kind)).toContain('money');
    expect(figures.map((f) => f.kind)).toContain('percent');
  });

  it('handles empty, figure-free and very long input', () => {
    expect(extractFigures('')).toEqual([]);
    expect(extractFigures('숫자가 없는 문장이다.')).toEqual([]);
    const long = '1,000,000.5 '.repeat(6000) + '가'.repeat(1000);
    const started = performance.now();
    extractFigures(long);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
