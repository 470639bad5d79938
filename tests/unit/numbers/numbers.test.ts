import { describe, expect, it } from 'vitest';
import { columns, horizontalBars } from '@/lib/charts/bar-chart';
import { editionNumbers } from '@/lib/numbers/edition-numbers';
import { chooseWonUnit, formatInUnit, parseWon } from '@/lib/numbers/money';
import { describeTrend, topicTrend } from '@/lib/numbers/topic-trend';
import { makeArticle } from '../site/helpers';

describe('parseWon', () => {
  it('reads won amounts with Korean magnitudes', () => {
    expect(parseWon('1673억 원')).toBe(1673e8);
    expect(parseWon('35조 5000억 원')).toBe(35e12 + 5000e8);
    expect(parseWon('1억2천만 원')).toBe(1.2e8);
    expect(parseWon('1,200억원')).toBe(1200e8);
    expect(parseWon('2.5조 원')).toBe(2.5e12);
    expect(parseWon('2조')).toBe(2e12);
    expect(parseWon('5000원')).toBe(5000);
  });

  it('is not fooled by other currencies, vague or garbled amounts', () => {
    expect(parseWon('10억 달러')).toBeUndefined();
    expect(parseWon('$10 million')).toBeUndefined();
    expect(parseWon('수백억 원')).toBeUndefined();
    expect(parseWon('5000억 35조 원')).toBeUndefined();
    expect(parseWon('32곳')).toBeUndefined();
    expect(parseWon('')).toBeUndefined();
  });
});

describe('one unit for a set of amounts', () => {
  it('picks the unit of the largest amount', () => {
    expect(chooseWonUnit([355_000e8, 500e8]).name).toBe('조 원');
    expect(chooseWonUnit([1673e8, 512e8]).name).toBe('억 원');
    expect(chooseWonUnit([3000e4]).name).toBe('만 원');
    expect(chooseWonUnit([]).name).toBe('원');
  });

  it('formats in that unit without losing small amounts', () => {
    const jo = chooseWonUnit([35.5e12]);
    expect(formatInUnit(35.5e12, jo)).toBe('35.5');
    expect(formatInUnit(512e8, jo)).toBe('0.0512');
    expect(formatInUnit(1673e8, chooseWonUnit([1673e8]))).toBe('1,673');
  });
});

describe('editionNumbers', () => {
  const figure = (value: string, kind: 'money' | 'percent' | 'count' | 'measure', context = `${value} 맥락`) => ({ value, kind, context });
  const a = makeArticle({ title: '예산 기사', figures: [figure('1673억 원', 'money'), figure('44%', 'percent'), figure('512억 원', 'money')] });
  const b = makeArticle({ title: '같은 이야기', figures: [figure('1673억 원', 'money'), figure('2조 원', 'money'), figure('32곳', 'count'), figure('10억 달러', 'money')] });

  it('charts won amounts largest first on one unit, each with its article, once per amount', () => {
    const n = editionNumbers([a, b], { moneyBars: 8, otherRows: 8 });
    expect(n.unit.name).toBe('조 원');
    expect(n.money.map((r) => [r.figure.value, r.inUnit, r.articleTitle])).toEqual([
      ['2조 원', '2', '같은 이야기'],
      ['1673억 원', '0.167', '예산 기사'],
      ['512억 원', '0.0512', '예산 기사'],
    ]);
    expect(n.others.map((o) => o.figure.value)).toEqual(['44%', '32곳', '10억 달러']);
  });

  it('keeps to the limits and says how many there were', () => {
    const n = editionNumbers([a, b], { moneyBars: 1, otherRows: 2 });
    expect(n.money).toHaveLength(1);
    expect(n.moneyTotal).toBe(3);
    expect(n.others).toHaveLength(2);
    expect(n.othersTotal).toBe(3);
  });
});

describe('topicTrend', () => {
  const editions = [
    { stem: '002_c', shortLabel: '3호' },
    { stem: '001_b', shortLabel: '2호' },
    { stem: '000_a', shortLabel: '1호' },
  ];
  const articles = [makeArticle({ edition: '002_c' }), makeArticle({ edition: '002_c' }), makeArticle({ edition: '000_a' })];

  it('counts per edition, oldest first, with zeros for editions without the topic', () => {
    expect(topicTrend(editions, articles, 12).map((p) => [p.label, p.count])).toEqual([
      ['1호', 1],
      ['2호', 0],
      ['3호', 2],
    ]);
    expect(topicTrend(editions, articles, 2).map((p) => p.label)).toEqual(['2호', '3호']);
    expect(describeTrend(topicTrend(editions, articles, 12))).toBe('1호 1건, 2호 0건, 3호 2건');
  });
});

describe('chart geometry', () => {
  it('draws the largest bar across the width less the room for its value', () => {
    const layout = horizontalBars(
      [
        { label: 'a', value: 100, valueText: '100' },
        { label: 'b', value: 25, valueText: '25' },
      ],
      { width: 320, valueRoom: 80, rowHeight: 40 },
    );
    expect(layout.height).toBe(80);
    expect(layout.rows.map((r) => r.barWidth)).toEqual([240, 60]);
    for (const r of layout.rows) expect(r.valueX).toBeGreaterThan(r.barWidth);
  });

  it('keeps every column inside the viewBox and shows zeros as a hairline', () => {
    const layout = columns(
      [
        { label: '1호', value: 0 },
        { label: '2호', value: 4 },
        { label: '3호', value: 8 },
      ],
      { width: 300, height: 100 },
    );
    for (const c of layout.columns) {
      expect(c.x).toBeGreaterThanOrEqual(0);
      expect(c.x + c.width).toBeLessThanOrEqual(300);
      expect(c.y + c.height).toBeCloseTo(layout.baseY, 5);
    }
    expect(layout.columns[0]!.height).toBe(1);
    expect(layout.columns[2]!.height).toBeCloseTo(layout.columns[1]!.height * 2, 0);
  });
});
