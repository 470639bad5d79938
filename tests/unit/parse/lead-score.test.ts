import { describe, expect, it } from 'vitest';
import { leadScore } from '@/lib/parse/lead-score';
import { buildUnits } from '@/lib/parse/word-units';

/** The lead score of `text` read from its first word, and the subject's word. */
function lead(text: string) {
  const units = buildUnits(text);
  const result = leadScore(units, 0);
  return { ...result, word: text.slice(units[result.subject]?.start ?? 0, units[result.subject]?.end ?? 0) };
}

describe('leadScore', () => {
  it('reads a subject-led lead as the classic opening', () => {
    expect(lead('행정안전부는 12일 모바일 신분증 앱을 하나로 합친다고 밝혔다.')).toMatchObject({ word: '행정안전부는', relative: false });
  });

  it('reads past a list of partners and their relative clause to the subject it modifies', () => {
    const found = lead('우체국과 한국항공우주연구원, 드론 제조사 두 곳 등 4개 기관이 함께 개발한 수소 드론이 산간 마을에 택배를 실어 날랐다.');
    expect(found).toMatchObject({ word: '드론이', relative: true });
    expect(found.score).toBeGreaterThan(0);
  });

  it('keeps a verb chained to the clause’s own verb inside the clause', () => {
    const found = lead('항만 배후단지에 연간 3만 톤의 폐어구를 모아 재활용하는 처리 시설이 문을 열었다.');
    expect(found).toMatchObject({ word: '시설이', relative: true });
    expect(found.score).toBeGreaterThan(0);
  });

  it('does not look for the subject past the end of the first sentence', () => {
    // A verbless scene opens the lead; the next sentence's subject is not this one's.
    expect(lead('전남 나주시 봉황면의 한 배 과수원. 드론이 나무 사이를 오가며 약을 뿌린다.')).toMatchObject({ subject: -1 });
  });

  it('counts a place followed by the date like a subject followed by the date', () => {
    const dated = lead('엑스코에서 5일 개막한 로봇 박람회를 찾은 시민들이 시연을 지켜보고 있다.');
    const undated = lead('한자리에 엑스코에서 5일 개막한 로봇 박람회를 찾은 시민들이 시연을 지켜보고 있다.');
    expect(dated.word).toBe('시민들이');
    // The same clause from the word before reads one whole point weaker.
    expect(dated.score).toBeGreaterThanOrEqual(undated.score + 1);
  });
});
