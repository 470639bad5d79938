import { describe, expect, it } from 'vitest';
import { deriveTitle } from '@/lib/parse/title';

describe('deriveTitle', () => {
  it('uses a short first sentence whole, without its final period', () => {
    expect(deriveTitle('올해는 로봇이 원년으로 기록될 전망이다. 스스로 학습하는 로봇이')).toBe('올해는 로봇이 원년으로 기록될 전망이다');
    expect(deriveTitle('AI가 일자리를 뺏을까? 전문가들은')).toBe('AI가 일자리를 뺏을까?');
  });

  it('cuts a long lead at a clause boundary and drops the verb ending', () => {
    const title = deriveTitle(
      '과학기술정보통신부는 연구개발특구를 지역 기저 기술(딥테크) 창업의 핵심 거점으로 육성하고, 기술창업이 기업 성장으로 이어지게 한다고 밝혔다.',
    );
    expect(title).toBe('과학기술정보통신부는 연구개발특구를 지역 기저 기술(딥테크) 창업의 핵심 거점으로 육성');
  });

  it('never ends inside a quotation or parenthesis, nor on a modifier', () => {
    const lead = '과학기술정보통신부는 ‘디지털 공공 혁신생태계 조성 사업’의 지원을 받은 기업이 지난해에 이어 올해도 혁신상을 수상했다며, 국제적 경쟁력을 인정받았다고 밝혔다.';
    const title = deriveTitle(lead);
    expect(title).toBe('과학기술정보통신부는 ‘디지털 공공 혁신생태계 조성 사업’의 지원을 받은 기업');
    expect(title.endsWith('받은')).toBe(false);
  });

  it('only ever returns text from the lead', () => {
    const lead = '쿠도커뮤니케이션은 30일 과학기술정보통신부가 주최하는 ‘신SW상품대상’에서 자사의 AX(AI Transformation) 기반 플랫폼으로 장관상을 수상했다고 밝혔다.';
    const title = deriveTitle(lead);
    expect(lead.startsWith(title)).toBe(true);
    expect(title.length).toBeLessThanOrEqual(50);
  });

  it('respects maxChars and hard-cuts text without spaces', () => {
    expect(deriveTitle('가'.repeat(200))).toBe('가'.repeat(50));
    expect(deriveTitle('정부가 인공지능 반도체 산업을 키우기 위해 대규모 투자 계획을 발표했다.', 20).length).toBeLessThanOrEqual(20);
  });

  it('handles empty, English and symbol-only leads', () => {
    expect(deriveTitle('')).toBe('');
    expect(deriveTitle('Samsung Electronics said on Tuesday it would invest $5 million in a new AI lab.')).toMatch(/^Samsung Electronics said/);
    expect(deriveTitle('🚀🚀🚀')).toBe('🚀🚀🚀');
  });
});
