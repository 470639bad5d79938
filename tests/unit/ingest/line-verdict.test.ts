import { describe, expect, it } from 'vitest';
import { judgeLine } from '@/lib/ingest/line-verdict';

const article = '과학기술정보통신부는 올해 연구개발특구 육성 사업에 1673억 원을 투입한다고 밝혔다. 지난해보다 44% 늘었다.';

describe('judgeLine', () => {
  it('accepts an ordinary Korean news line', () => {
    expect(judgeLine(article)).toEqual({ ok: true });
  });

  it('rejects lines of only symbols, emoji or digits', () => {
    expect(judgeLine('🚀🔥 !!! ??? 123 ...')).toMatchObject({ ok: false, code: 'no-text' });
  });

  it('rejects English-only lines', () => {
    expect(judgeLine('The Ministry of Science and ICT announced a new budget plan for research today.')).toMatchObject({
      ok: false,
      code: 'not-korean',
    });
  });

  it('rejects lines too short to be an article', () => {
    expect(judgeLine('과기정통부, AI 예산 확대')).toMatchObject({ ok: false, code: 'too-short' });
  });

  it('rejects lines over the maximum length and says how long they were', () => {
    const verdict = judgeLine('가'.repeat(60_000));
    expect(verdict).toMatchObject({ ok: false, code: 'too-long' });
    expect(verdict.ok ? '' : verdict.reason).toContain('60000자');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(judgeLine(`${'가'.repeat(38)}😀😀`, { minLength: 40, maxLength: 100 })).toEqual({ ok: true });
  });
});
