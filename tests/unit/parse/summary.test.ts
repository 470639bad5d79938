import { describe, expect, it } from 'vitest';
import { summarize } from '@/lib/parse/summary';

describe('summarize', () => {
  it('uses complete lead sentences that fit', () => {
    const body = '정부가 예산을 늘렸다. 과기정통부는 12일 밝혔다. 이번 개편의 핵심은 기술적 전문성 검토와 재';
    expect(summarize(body)).toBe('정부가 예산을 늘렸다. 과기정통부는 12일 밝혔다.');
    expect(summarize(body, 15)).not.toContain('밝혔다');
  });

  it('never uses the cut-off tail', () => {
    expect(summarize('정부가 예산을 늘렸다. 이번 개편의 핵심은 기술적 전문성 검토와 재')).toBe('정부가 예산을 늘렸다.');
  });

  it('cuts an overlong first sentence at a word boundary and marks it with …', () => {
    const first = `${'연구개발특구 육성 사업의 총투자 규모가 '.repeat(12).trim()} 늘었다.`;
    const summary = summarize(`${first} 다음 문장이다.`, 100);
    expect(summary.length).toBeLessThanOrEqual(100);
    expect(summary.endsWith('…')).toBe(true);
    expect(first.startsWith(summary.slice(0, -1))).toBe(true);
    expect(summary.slice(0, -1).endsWith(' ')).toBe(false);
  });

  it('marks a text with no complete sentence as a fragment', () => {
    expect(summarize('특구 혁신성장 규모 확장')).toBe('특구 혁신성장 규모 확장…');
    const long = '끝나지 않는 문장 '.repeat(50).trim();
    const summary = summarize(long, 50);
    expect(summary.length).toBeLessThanOrEqual(50);
    expect(summary.endsWith('…')).toBe(true);
  });

  it('handles empty and English input', () => {
    expect(summarize('')).toBe('');
    expect(summarize('Samsung said it would invest. The lab will open')).toBe('Samsung said it would invest.');
  });
});
