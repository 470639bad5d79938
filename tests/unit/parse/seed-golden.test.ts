/**
 * Golden test over the real seed file: every line's headline, deck, preface,
 * body start and truncation, as an editor would mark them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reassemble, splitArticle } from '@/lib/parse/split-article';

const lines = readFileSync(new URL('../../../content/seeds/000_243a80f4f65a3ff9.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.normalize('NFC').replace(/\s+/g, ' ').trim())
  .filter((line) => line.length > 0);

/** 1-based line number → expected headline. */
const headlines: Record<number, string> = {
  1: '전북 등 지역에 대형 AX R&D 본격 추진…"피지컬 AI로 지역산업 성장 견인"',
  3: '국장급 협의체 월 1회 정례적 운영…예산 편성 과정에 상호 참여 확대',
  4: '이산화탄소 포집·활용 등 10개 기후변화대응 기술개발 사업 신규 추진',
  5: "과기정통부, '정보보호산업법 시행령' 개정안 입법예고...\"해킹 불안 해소\"",
  7: '대화형 인터페이스 기반 제조 현장용 에이전트 ‘AI 어시스트(AI Assist)’ 공개',
  8: '무선전력전송 분야 과학기술정보통신부 장관상 쾌거',
  10: '과기정통부‧AI안전연구소‧한국정보통신기술협회, 국내 연구진이 개발·구축한 데이터셋 기반 국내 최초 AI 안전성 평가 결과 공개',
  12: '5개 정예팀 성과 공유, AI 성과 체험 통해 “정예팀 모두가 승자”임을 확인',
  13: 'KT·LGU+ 침해사고 최종 조사결과 발표…"보안 허점 드러난 엄중 사안"',
  14: '과기부, ‘AI디지털배움터’ 32곳 신규 선정...개인별 최적화된 AI 교육 제공',
  15: '과기정통부, AI 격차 해소 위해 32개 신규 거점 발표…2026년까지 생활밀착형 AI 교육 체계 본격 가동',
};

const decks: Record<number, string[]> = {
  7: ['“자연어로 설비 상태 제어”', '제조 도메인 데이터, 파운데이션 모델 결합으로 숙련자급 원인 분석 및 조치 권고 기능 구현 도모해'],
  8: [
    '국내 최초 1킬로와트(kW) 이하 로봇 무선 충전 KC 인증 획득, 산업용 로봇 무선전력전송 상용화 성공 등 성과 인정받아',
    '전자파 적합성 시험 및 안전 검증 기준 마련 등 제도 개선 발판 마련해',
  ],
};

const bodyStarts: Record<number, string> = {
  1: '과학기술정보통신부는 피지컬',
  3: '기획예산처와 과학기술정보통신부는',
  4: '과학기술정보통신부는 올해',
  5: "과학기술정보통신부는 '정보보호산업의",
  7: '인터엑스가',
  8: '여태동 에타일렉트로닉스 대표가',
  10: '과학기술정보통신부(이하 ‘과기정통부’)는',
  12: '과학기술정보통신부(부총리 겸',
  13: '정부가 KT 침해사고와',
  14: '과학기술정보통신부는 24일',
  15: '과학기술정보통신부가 전 국민의',
};

const preface =
  '정책은 생활과 멀리 있는 것 같지만 사실은 한 줄의 공고, 하나의 제도 변화가 우리의 일상과 복지에 직접적인 영향을 줍니다. ' +
  '[알쓸정책]은 시민들이 꼭 알아야 할 주요 정책과 생활 밀착형 제도 변화를 알기 쉽게 풀어주는 주간 시리즈입니다. ' +
  '의료·복지 서비스부터 교육·주거 지원, 교통·환경 정책까지. 생활인의 정책 내비게이션, 지금부터 시작합니다.';

/** Lines 11 and 13 happen to end on a full sentence (`…시사했다.`, `…조사했다.`). */
const complete = new Set([11, 13]);

describe('seed 000_243a80f4f65a3ff9.txt', () => {
  it('has 15 lines', () => {
    expect(lines).toHaveLength(15);
  });

  lines.forEach((line, index) => {
    const n = index + 1;
    it(`line ${n}`, () => {
      const parts = splitArticle(line);
      expect(reassemble(parts)).toBe(line);
      expect(parts.truncated).toBe(!complete.has(n));

      const headline = headlines[n];
      if (headline === undefined) {
        expect(parts.titleDerived).toBe(true);
        expect(parts.body).toBe(line);
        expect(parts.deck).toEqual([]);
        expect(parts.title.length).toBeGreaterThan(10);
        expect(parts.title.length).toBeLessThanOrEqual(50);
        return;
      }
      expect(parts.titleDerived).toBe(false);
      expect(parts.title).toBe(headline);
      expect(parts.deck).toEqual(decks[n] ?? []);
      expect(parts.preface).toBe(n === 14 ? preface : undefined);
      expect(parts.body.startsWith(bodyStarts[n] as string)).toBe(true);
    });
  });

  it('derives readable titles for the lines without a headline', () => {
    const derived = Object.fromEntries(
      [2, 6, 9, 11].map((n) => [n, splitArticle(lines[n - 1] as string).title]),
    );
    expect(derived).toEqual({
      2: '과학기술정보통신부는 연구개발특구를 지역 기저 기술(딥테크) 창업의 핵심 거점으로 육성',
      6: '과학기술정보통신부는 ‘디지털 공공 혁신생태계 조성 사업’의 지원을 받은 기업',
      9: '쿠도커뮤니케이션은 30일 과학기술정보통신부가 주최하는 ‘신SW상품대상’',
      11: '올해는 로봇이 기존 기계 이미지를 벗어던진 원년으로 기록될 전망이다',
    });
  });
});
