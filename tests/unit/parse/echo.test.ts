import { describe, expect, it } from 'vitest';
import { echoScores } from '@/lib/parse/echo';
import { buildUnits } from '@/lib/parse/word-units';

describe('echoScores', () => {
  // Headline `야간 드론 순찰 전국 확대`; the lead writes 드론, 순찰, 전국 and 확대 again.
  const line = '야간 드론 순찰 전국 확대 해안 경계를 밤새 살피는 드론 순찰이 전국 항구로 확대된다.';
  const units = buildUnits(line);
  const scores = echoScores(units, 0, units.length);

  it('scores every cut, from before the first word to after the last', () => {
    expect(scores).toHaveLength(units.length + 1);
    expect(scores[0]).toBe(0);
  });

  it('is highest where the headline ends', () => {
    // 드론, 순찰, 전국, 확대 of 야간 드론 순찰 전국 확대 come back: 4 of 5.
    expect(scores[5]).toBeCloseTo(4 / 5);
    expect(Math.max(...scores)).toBeCloseTo(4 / 5);
  });

  it('drops when the cut takes lead words, which do not come back, into the headline', () => {
    // `… 해안 경계를 | 밤새 …`: 해안 and 경계 are not written again.
    expect(scores[7]).toBeCloseTo(4 / 7);
    // `… 전국 항구로 | 확대된다.`: only 확대 is still to come.
    expect(scores[12]).toBeLessThan(0.2);
  });
});
