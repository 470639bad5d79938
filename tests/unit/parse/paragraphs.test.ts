import { describe, expect, it } from 'vitest';
import { toParagraphs } from '@/lib/parse/paragraphs';

const sentence = (n: number) => `과학기술정보통신부는 ${n}일 인공지능 기본역량교육 거점이 될 디지털배움터 신규 구축지를 선정했다고 밝혔다.`;

describe('toParagraphs', () => {
  it('groups sentences and rejoins to the body exactly', () => {
    const body = Array.from({ length: 9 }, (_, i) => sentence(i + 1)).join(' ');
    const paragraphs = toParagraphs(body);
    expect(paragraphs.join(' ')).toBe(body);
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    for (const p of paragraphs) expect(p.length).toBeLessThanOrEqual(400);
  });

  it('keeps a short unfinished tail at the end of the last paragraph', () => {
    const body = `${[1, 2, 3, 4].map(sentence).join(' ')} 특구 혁신성장 규모 확장`;
    const paragraphs = toParagraphs(body);
    expect(paragraphs.join(' ')).toBe(body);
    expect(paragraphs.at(-1)?.endsWith('특구 혁신성장 규모 확장')).toBe(true);
    expect(paragraphs.at(-1)).not.toBe('특구 혁신성장 규모 확장');
  });

  it('handles one sentence, no sentence end and empty input', () => {
    expect(toParagraphs('정부가 발표했다.')).toEqual(['정부가 발표했다.']);
    expect(toParagraphs('끝나지 않은 문장')).toEqual(['끝나지 않은 문장']);
    expect(toParagraphs('')).toEqual([]);
  });

  it('puts a very long sentence in a paragraph of its own', () => {
    const long = `${'아주 긴 문장의 일부 '.repeat(60).trim()}다.`;
    const body = `${sentence(1)} ${long} ${sentence(2)}`;
    const paragraphs = toParagraphs(body);
    expect(paragraphs).toContain(long);
    expect(paragraphs.join(' ')).toBe(body);
  });
});
