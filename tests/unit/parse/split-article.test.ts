import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reassemble, splitArticle, type ArticleParts } from '@/lib/parse/split-article';

interface Fixture {
  shape: string;
  line: string;
  title?: string;
  label?: string;
  titleDerived?: boolean;
  deck?: string[];
  preface?: string;
  byline?: string;
  bodyStart?: string;
  truncated: boolean;
}

const fixtures = JSON.parse(
  readFileSync(new URL('../../fixtures/parse/extra-lines.json', import.meta.url), 'utf8'),
) as Fixture[];

function split(line: string): ArticleParts {
  const parts = splitArticle(line);
  expect(reassemble(parts)).toBe(line);
  return parts;
}

describe('splitArticle', () => {
  it('separates a headline glued to a subject-led body', () => {
    const parts = split('AI 기본법 하위법령 공개 정부는 AI 기본법 시행령 제정안을 공개하고 다음 달까지 의견을 수렴한다고 9일 밝혔다.');
    expect(parts).toMatchObject({ title: 'AI 기본법 하위법령 공개', titleDerived: false, deck: [], truncated: false });
    expect(parts.body.startsWith('정부는 AI 기본법')).toBe(true);
    expect(parts.preface).toBeUndefined();
  });

  it('keeps a quotation joined by … in the headline', () => {
    const parts = split('LG AI연구원, 엑사원 4.0 공개…"글로벌 프런티어 모델과 대등" LG AI연구원은 15일 차세대 AI 모델을 공개했다. 이 모델은');
    expect(parts.title).toBe('LG AI연구원, 엑사원 4.0 공개…"글로벌 프런티어 모델과 대등"');
    expect(parts.truncated).toBe(true);
  });

  it('keeps a whole organisation-plus-title noun phrase in the body', () => {
    const parts = split('[포토] 배경훈 부총리, 양자 연구현장 방문 배경훈 부총리 겸 과학기술정보통신부 장관이 21일 대전을 방문했다.');
    expect(parts).toMatchObject({ label: '[포토]', title: '배경훈 부총리, 양자 연구현장 방문' });
    expect(parts.body.startsWith('배경훈 부총리 겸')).toBe(true);
  });

  it('does not cut a list of companies before its head noun', () => {
    const parts = split('통신 3사 1분기 실적 발표…5G 가입자 증가에도 수익성 둔화 SK텔레콤, KT, LG유플러스 등 통신 3사가 1분기 실적을 발표했다.');
    expect(parts.title).toBe('통신 3사 1분기 실적 발표…5G 가입자 증가에도 수익성 둔화');
    expect(parts.body.startsWith('SK텔레콤, KT')).toBe(true);
  });

  it('sets a wire byline aside, at the start or between the heading and the body, and reads its parts', () => {
    const leading = split('[서울=뉴시스] 김철수 기자 = 과학기술정보통신부는 26일 AI 반도체 육성 전략을 발표했다. 정부는');
    expect(leading).toMatchObject({
      byline: { text: '[서울=뉴시스] 김철수 기자 =', place: '서울', outlet: '뉴시스', reporter: '김철수 기자' },
      bylineFirst: true,
      titleDerived: true,
    });
    expect(leading.preface).toBeUndefined();
    expect(leading.body.startsWith('과학기술정보통신부는')).toBe(true);

    const withHeadline = split('(서울=연합뉴스) 김철수 기자 = 정부, AI 반도체 1조 투입 과학기술정보통신부는 26일 전략을 발표했다.');
    expect(withHeadline).toMatchObject({ bylineFirst: true, title: '정부, AI 반도체 1조 투입', deck: [] });
    expect(withHeadline.byline?.outlet).toBe('연합뉴스');

    const middle = split('과기정통부, AI 반도체 육성 전략 발표 [아이뉴스24 김철수 기자] 과학기술정보통신부는 26일 전략을 발표했다.');
    expect(middle).toMatchObject({
      title: '과기정통부, AI 반도체 육성 전략 발표',
      deck: [],
      byline: { text: '[아이뉴스24 김철수 기자]', outlet: '아이뉴스24', reporter: '김철수 기자' },
    });
    expect(middle.bylineFirst).toBeUndefined();
    expect(middle.body.startsWith('과학기술정보통신부는 26일')).toBe(true);

    const wire = split('원자력연, 건식저장 용기 실증 착수 (대전=새결뉴스) 이서연 기자 = 한국원자력연구원이 장기 실증 시험에 들어갔다.');
    expect(wire).toMatchObject({ title: '원자력연, 건식저장 용기 실증 착수', byline: { place: '대전', outlet: '새결뉴스', reporter: '이서연 기자' } });
  });

  it('starts the body at a relative clause before a lead that restates the headline\'s subject', () => {
    // The lead repeats the headline's opening noun phrase with a particle (`양자 암호 통신망은`)
    // after a clause modifying it; the deck's last noun (`원`) is not part of that clause.
    const topic = split(
      '양자 암호 통신망, 전국 행정망에 첫 적용 과기정통부, 해킹 시도 실시간 차단…구축비 450억 원 도청 시도를 곧바로 알아채고 스스로 끊는 양자 암호 통신망은 내년부터 중앙부처 행정망에 쓰인다. 과학기술정보통신부는 12일 계획을 발표했다.',
    );
    expect(topic).toMatchObject({ title: '양자 암호 통신망, 전국 행정망에 첫 적용', deck: ['과기정통부, 해킹 시도 실시간 차단…구축비 450억 원'] });
    expect(topic.body.startsWith('도청 시도를 곧바로')).toBe(true);

    // The dictionary reads `해양조사선이` as one noun; the headline's own word shows the particle.
    const misread = split(
      '차세대 해양조사선 2028년 남극 탐사 나선다 해수부, 5,000톤급 설계 착수…총사업비 1,800억 원 해저 4,000m까지 내려가 남극 바다를 샅샅이 훑을 수 있는 차세대 해양조사선이 설계 단계에 들어간다. 해양수산부는 3일 밝혔다.',
    );
    expect(misread).toMatchObject({ title: '차세대 해양조사선 2028년 남극 탐사 나선다', titleDerived: false, deck: ['해수부, 5,000톤급 설계 착수…총사업비 1,800억 원'] });
    expect(misread.body.startsWith('해저 4,000m까지 내려가')).toBe(true);
  });

  it('derives the title when the line opens with the body', () => {
    for (const line of [
      '과학기술정보통신부는 연구개발특구를 지역 기저 기술(딥테크) 창업의 핵심 거점으로 육성한다고 밝혔다. 특구는',
      '올해 과학기술 분야 예산은 역대 최대 규모로 편성됐다. 정부는 특히 기초연구에',
      '국가 연구개발 사업 평가 제도가 20년 만에 전면 개편된다. 과학기술정보통신부는 9일',
      '인공지능 반도체 팹리스 기업 퓨리오사AI는 2세대 칩의 양산을 시작했다고 3일 밝혔다.',
      '한편 과기정통부는 이날 회의에서 논의된 내용을 바탕으로 세부 실행계획을 마련할 예정이다.',
    ]) {
      const parts = split(line);
      expect(parts.titleDerived, line).toBe(true);
      expect(parts.body).toBe(line);
      expect(parts.deck).toEqual([]);
      expect(line.startsWith(parts.title.slice(0, 10))).toBe(true);
    }
  });

  it('handles degenerate input without losing text', () => {
    for (const line of ['', '정부', '…', '"', '🚀 🚀 🚀', '!!! ??? ...', 'a b c d e f g', '가 '.repeat(100).trim()]) {
      const parts = split(line);
      expect(parts.titleDerived).toBe(true);
      expect(parts.body).toBe(line);
    }
    expect(split('').truncated).toBe(false);
  });

  it('is fast on a 60,000-character line', () => {
    const unit = '과기정통부는 26일 “AI 강국” 도약을 위해 1673억 원을 투입한다고 밝혔다. 피지컬 AI 실증랩이 문을 열어 ';
    const line = `AI 교육 지원 사업 본격 추진 ${unit.repeat(Math.ceil(60_000 / unit.length))}`.slice(0, 60_000).trim();
    const started = performance.now();
    const parts = split(line);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(parts.title).toBe('AI 교육 지원 사업 본격 추진');
  });
});

describe('splitArticle on invented lines the word analysis used to misread', () => {
  it('opens the lead on a subject the dictionary reads as one noun (주민이 as 주 + 민이)', () => {
    const parts = split(
      '어린이 도서관 야간 개방 확대…"주말 밤에도 책 빌린다" 주민이 밤늦게까지 도서관을 이용할 수 있게 된다. 문화체육관광부는 공공도서관 120곳의 운영 시간을 늘린다고 3일 밝혔다.',
    );
    expect(parts.titleDerived).toBe(false);
    expect(parts.title).toBe('어린이 도서관 야간 개방 확대…"주말 밤에도 책 빌린다"');
    expect(parts.body.startsWith('주민이 밤늦게까지')).toBe(true);
  });

  it('opens the lead on an unknown company name with 는, not a modifier', () => {
    const parts = split('드론 배송 시범 사업 착수…"산간 마을까지 30분" 카로보틱스는 5일 강원 평창에서 드론 배송 시범 사업을 시작한다고 밝혔다.');
    expect(parts.title).toBe('드론 배송 시범 사업 착수…"산간 마을까지 30분"');
    expect(parts.body.startsWith('카로보틱스는 5일')).toBe(true);
  });

  it('keeps a verbal noun that closes the first half with an ellipsis in the title (본격 추진…)', () => {
    const parts = split(
      '강원 등 지역에 수소 충전소 사업 본격 추진…"운전자 불편 줄인다" 국내 최초 수소 충전 인증 획득, 상용화 성공 등 성과 인정받아 환경부는 올해 수소 충전소 40곳을 새로 짓는다고 밝혔다.',
    );
    expect(parts.title).toBe('강원 등 지역에 수소 충전소 사업 본격 추진…"운전자 불편 줄인다"');
    expect(parts.deck).toEqual(['국내 최초 수소 충전 인증 획득, 상용화 성공 등 성과 인정받아']);
    expect(parts.body.startsWith('환경부는')).toBe(true);
  });

  it('lets a headline\'s second half end on where, its verb left out (…50여 대 한자리에)', () => {
    const parts = split(
      "[포토] 부산에서 열린 해양 박람회…수중 드론 50여 대 한자리에 벡스코에서 3일 개막한 '2026 해양 박람회'를 찾은 관람객들이 수중 드론 시연을 지켜보고 있다.",
    );
    expect(parts.label).toBe('[포토]');
    expect(parts.title).toBe('부산에서 열린 해양 박람회…수중 드론 50여 대 한자리에');
    expect(parts.body.startsWith('벡스코에서 3일')).toBe(true);
  });
});

describe('splitArticle on a lead that opens on a plain noun phrase', () => {
  const cases: [string, string, string][] = [
    [
      'a list of partners and a relative clause before the subject',
      '수소 드론 산간 마을 택배 첫 운항 우체국과 한국항공우주연구원, 드론 제조사 두 곳 등 4개 기관이 함께 개발한 수소 드론이 강원 산간 마을에 택배를 처음 실어 날랐다. 우정사업본부는 올해 말까지 운항 구간을 늘린다고 밝혔다.',
      '수소 드론 산간 마을 택배 첫 운항',
    ],
    [
      'a headline ending on a figure before a group noun with its modifier',
      '위성 영상으로 논 가뭄 진단…정확도 93% 국내 연구팀이 위성 영상과 토양 자료를 함께 분석해 논의 가뭄 정도를 알아내는 기술을 개발했다. 연구팀은 이 기술을 올해 농가에 보급할 계획이다.',
      '위성 영상으로 논 가뭄 진단…정확도 93%',
    ],
    [
      'a lead opening on a place adverbial whose nouns the headline repeats',
      '폐배터리 재활용 공장 광양서 가동…연 2만 톤 처리 광양 산업단지에 연간 2만 톤의 폐배터리를 잘게 부숴 금속을 뽑아내는 재활용 공장이 가동에 들어갔다. 산업통상자원부는 15일 준공식을 열었다.',
      '폐배터리 재활용 공장 광양서 가동…연 2만 톤 처리',
    ],
    [
      'a relative clause whose head noun closes the headline too',
      '야간 드론 순찰 전국 확대 해안 경계를 밤새 자동으로 살피는 드론 순찰이 전국 항구로 확대된다. 해양경찰청은 올해 드론 40대를 새로 들인다고 밝혔다.',
      '야간 드론 순찰 전국 확대',
    ],
    [
      'a headline ending on a verbal noun before a subject with no modifier',
      '"민원 서류, 앱 하나로" 모바일 발급 시범 주민이 행정복지센터를 찾지 않고 휴대전화로 여러 민원 서류를 한 번에 받을 수 있게 된다. 행정안전부는 다음 달부터 시범 서비스를 시작한다고 밝혔다.',
      '"민원 서류, 앱 하나로" 모바일 발급 시범',
    ],
    [
      'a second half after … ending on a noun before the subject’s modifier',
      '청소년 과학 대회 대상에 중학생 팀…독거노인 안부 로봇 중학생 팀이 만든 독거노인 안부 로봇이 전국 청소년 과학 대회에서 대상을 받았다. 과학기술정보통신부는 19일 시상식을 열었다.',
      '청소년 과학 대회 대상에 중학생 팀…독거노인 안부 로봇',
    ],
  ];
  for (const [shape, line, title] of cases) {
    it(shape, () => {
      const parts = split(line);
      expect(parts).toMatchObject({ title, titleDerived: false, deck: [] });
      expect(parts.body).toBe(line.slice(title.length + 1));
    });
  }
});

describe('splitArticle on lines of fixture seeds written by others', () => {
  const lineOf = (path: string, n: number) =>
    (readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8').split('\n')[n - 1] as string).trim();

  it('ends the heading on the noun before an organisation that opens the lead', () => {
    // `…7%에 개선 명령 | 과학기술정보통신부는`, `…"소상공인 특화" 3곳 도전 | 금융위원회는`
    const cases = [
      ['phone/seeds/001_7e2b9c4d1a6f3058.txt', 29, '명령', '과학기술정보통신부는'],
      ['held-out/102_5f0c2e9a7d41b8c3.txt', 9, '도전', '금융위원회는'],
    ] as const;
    for (const [path, n, titleEnd, bodyStart] of cases) {
      const parts = split(lineOf(path, n));
      expect(parts.titleDerived).toBe(false);
      expect(parts.title.endsWith(titleEnd), parts.title).toBe(true);
      expect(parts.body.startsWith(bodyStart), parts.body.slice(0, 30)).toBe(true);
    }
  });

  it('opens a lead on an international organisation\'s genitive (세계보건기구(WHO)의)', () => {
    const parts = split(lineOf('held-out/102_5f0c2e9a7d41b8c3.txt', 14));
    expect(parts.titleDerived).toBe(false);
    expect(parts.body.startsWith('세계보건기구(WHO)의')).toBe(true);
  });
});

describe('splitArticle on invented lines of other shapes', () => {
  for (const fixture of fixtures) {
    it(fixture.shape, () => {
      const parts = split(fixture.line);
      expect(parts.truncated).toBe(fixture.truncated);
      expect(parts.byline?.text).toBe(fixture.byline);
      if (fixture.titleDerived) {
        expect(parts.titleDerived).toBe(true);
        expect(parts.body).toBe(fixture.byline ? fixture.line.slice(fixture.byline.length + 1) : fixture.line);
        expect(parts.title.length).toBeLessThanOrEqual(50);
        return;
      }
      expect(parts.titleDerived).toBe(false);
      expect(parts.title).toBe(fixture.title);
      expect(parts.label).toBe(fixture.label);
      expect(parts.deck).toEqual(fixture.deck ?? []);
      expect(parts.preface).toBe(fixture.preface);
      expect(parts.body.startsWith(fixture.bodyStart ?? '')).toBe(true);
    });
  }
});

describe('reassemble', () => {
  it('joins preface, headline, deck and body with single spaces', () => {
    expect(
      reassemble({ preface: '안내입니다.', title: '제목', titleDerived: false, deck: ['부제1', '부제2'], body: '본문이다.', truncated: false }),
    ).toBe('안내입니다. 제목 부제1 부제2 본문이다.');
  });

  it('leaves out a derived title, which is still part of the body', () => {
    expect(reassemble({ title: '본문', titleDerived: true, deck: [], body: '본문이다.', truncated: false })).toBe('본문이다.');
  });
});
