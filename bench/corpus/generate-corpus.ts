/**
 * A synthetic seed corpus for the benchmark, in the real seeds' format: one
 * article per line, about 1,400 characters, a headline glued to the body on most
 * lines (with `…`, quotes and subheads), some lines that start straight with the
 * body, a few with an introduction before the headline, and ends cut off
 * mid-sentence. Bodies are real seed sentences recombined, with organisations,
 * numbers, dates, topic keywords and nouns swapped so articles spread over every
 * topic. About 3% of articles are a reworded copy of an earlier one (same facts,
 * sentences shuffled or dropped, another headline).
 *
 * Pure and deterministic: the same bank, options and seed give the same bytes.
 */
import { fitParticle } from './korean';
import { isStandalone, SWAPPABLE_PARTICLE, type BankOrganization, type PhraseBank } from './phrase-bank';
import { createRng, type Rng } from './prng';

export interface CorpusOptions {
  /** Articles (lines) in total. */
  count: number;
  /** Any string; the same seed gives the same corpus. */
  seed: string | number;
  /** Number of the first seed file (`001_…`). */
  firstFileIndex?: number;
  /** Lines per seed file (the last file takes the remainder). */
  linesPerFile?: { min: number; max: number };
  /** Share of articles that are a reworded copy of an earlier one. */
  nearDuplicateShare?: number;
  /** Line length in characters. */
  length?: { min: number; max: number };
}

export interface SeedFile {
  /** `NNN_<8–16 hex>.txt` */
  name: string;
  /** The file's bytes as text: lines joined by `\n`, with or without a final newline. */
  content: string;
  /** Articles in this file. */
  lines: number;
  /** Lines that are reworded copies of an earlier article: [line number, source file, source line]. */
  nearDuplicates: Array<{ line: number; of: { file: string; line: number } }>;
  /** How each line opens: a headline, straight with the body, or an introduction before the headline. */
  shapes: LineShape[];
}

export type LineShape = 'headline' | 'body' | 'preface';

export const DEFAULT_LINES_PER_FILE = { min: 20, max: 200 };
export const DEFAULT_LENGTH = { min: 1330, max: 1460 };
export const DEFAULT_NEAR_DUPLICATE_SHARE = 0.03;

/* ------------------------------------------------------------------------------------------------ */
/* Phrases that are not in the bank: headline shapes, subheads, an introduction, names.             */
/* `{slot}` is filled per article; `{slot|을}` also fits the particle after it.                      */
/* ------------------------------------------------------------------------------------------------ */

const HEADLINES = [
  '{region} 등 지역에 대형 {kw} 사업 본격 추진…"{quote}"',
  "{org}, '{kw} 시행령' 개정안 입법예고...\"{quote}\"",
  '국장급 협의체 월 {small}회 정례적 운영…{kw} 예산 편성 과정에 상호 참여 확대',
  '{kw} 등 {n}개 {kw2} 기술개발 사업 신규 추진',
  '{org}·{org2} {kw} 최종 조사결과 발표…"{quote}"',
  '{org}, {kw} 격차 해소 위해 {n}개 신규 거점 발표…{year}년까지 생활밀착형 {kw2} 체계 본격 가동',
  '{small}개 정예팀 성과 공유, {kw} 성과 체험 통해 “{quote}”임을 확인',
  '{kw} 분야 과학기술정보통신부 장관상 쾌거',
  '대화형 인터페이스 기반 {kw} 현장용 에이전트 ‘{product}’ 공개 “{quote}”',
  '{org}, {kw}에 {money} 투입…전년 대비 {pct} 증액',
  '{company}, ‘{product}’{product|으로} {kw} 부문 혁신상 수상',
  '{region}에 {kw} 실증랩 문 열어…{kw2} 협업 본격화',
  "{org}, '{kw} 종합대책' 후속 조치 발표",
  '{kw} 전문인력 {n}명 양성…{org}·{org2} 업무협약',
  '“{quote}” {org}, {kw} 현장 간담회 개최',
  "{org} '{kw} 국가대표 프로젝트' {small}차 발표회 개최",
  '{year}년 {kw} 시행계획 확정…{money} 집중 투자',
  '{kw}·{kw2} 융합 {n}개 과제 선정..."{quote}"',
  '{company} {product}, {kw} 인증 국내 최초 획득',
  '{org}, {kw} 안전성 평가 결과 공개…“{quote}”',
  '{kw} 규제 샌드박스 {n}건 승인…{kw2} 신서비스 출시 길 열려',
  '[단독] {org}, {kw} 전담 조직 신설',
  '{org} "{kw} 예산 {pct} 늘려 {kw2} 생태계 키운다"',
  '{region} {kw} 특화단지 지정 추진..{kw2} 기업 {n}곳 유치',
];

const QUOTES = [
  '{kw}{kw|으로} 지역산업 성장 견인',
  '보안 허점 드러난 엄중 사안',
  '{kw} 불안 해소',
  '{kw} 경쟁력 끌어올릴 것',
  '현장 중심으로 {kw} 지원',
  '정예팀 모두가 승자',
  '{kw} 생태계 조성에 총력',
  '자연어로 설비 상태 제어',
  '국민 누구나 {kw} 혜택 누려야',
  '{kw} 격차 없는 사회 만들 것',
  '{kw2}까지 끊김없이 지원',
  '{kw} 주권 확보가 관건',
  '규제보다 진흥이 먼저',
  '{region} 기업도 세계 무대로',
  '{year}년 {kw} 선도국 도약',
  '연구자 중심으로 제도 바꾼다',
  '{kw} 인재가 곧 국가 경쟁력',
  '이용자 피해 끝까지 책임',
  '현장의 목소리 정책에 담겠다',
  '{kw2} 없이는 성장도 없다',
  '작은 기업에도 기회 열어야',
  '데이터가 곧 경쟁력',
  '속도보다 신뢰가 중요',
];

const DECKS = [
  '{kw} 도메인 데이터, 파운데이션 모델 결합으로 숙련자급 원인 분석 및 조치 권고 기능 구현 도모해',
  '국내 최초 {kw} 인증 획득, {kw2} 상용화 성공 등 성과 인정받아',
  '{kw} 시험 및 안전 검증 기준 마련 등 제도 개선 발판 마련해',
  '{n}개 기관 참여…{year}년까지 {money} 투입',
  '{org} “{quote}”',
  '{region}·{region2} 등 {small}개 권역에 거점 구축',
];

const PREFACES = [
  '정책은 생활과 멀리 있는 것 같지만 사실은 한 줄의 공고, 하나의 제도 변화가 우리의 일상과 복지에 직접적인 영향을 줍니다. [알쓸정책]은 시민들이 꼭 알아야 할 주요 정책과 생활 밀착형 제도 변화를 알기 쉽게 풀어주는 주간 시리즈입니다. 의료·복지 서비스부터 교육·주거 지원, 교통·환경 정책까지. 생활인의 정책 내비게이션, 지금부터 시작합니다.',
  '[{kw} 브리핑] 한 주 동안 나온 {kw} 정책과 업계 소식을 모아 전합니다. 이번 주에는 {org}의 발표를 중심으로 정리했습니다.',
];

// Sentences that carry the article's own facts: people, companies, products, dates.
const FACTS = [
  '{person} {company} 대표는 “{quote}”라고 말했다.',
  '{company}{company|은} {region}에 본사를 둔 {kw} 전문 기업으로, ‘{product}’ 등을 개발해 왔다.',
  '이날 행사에는 {person} {title}, {person2} {title2} 등 관계자 {n}여 명이 참석했다.',
  '{person} {org} {title}{title|은} “{quote}”라며 “{quote2}”라고 밝혔다.',
  '{company}{company|은} 올해 {money} 규모의 투자를 유치해 ‘{product}’ 고도화에 나선다.',
  '{region} {kw} 거점에는 {company}, {company2} 등 {n}개 기업이 입주할 예정이다.',
  '{person} {univ} 교수 연구팀은 {kw} 기반 ‘{product}’ 기술을 개발해 {small}건의 특허를 출원했다.',
  '사업 공모는 {month}월 {day}일까지 진행되며, 자세한 내용은 {org} 누리집에서 확인할 수 있다.',
  '문의는 {org} {kw} 담당 부서({phone})로 하면 된다.',
  '{person2} {title2}{title2|은} “{kw2} 분야의 협력을 넓혀 {quote2}”고 강조했다.',
  '{company2}{company2|은} {month}월부터 {region} 지역 {n}개 기관에 ‘{product}’{product|을} 시범 공급한다.',
  '{univ}{univ|와} {company}{company|은} {kw} 공동연구센터를 열고 석·박사급 인력 {n}명을 양성하기로 했다.',
];

// Nouns of the science and ICT beat beyond the seed's own: swapped in for seed nouns so the
// corpus has the vocabulary breadth of many months of news, not of one day's fifteen stories.
const DOMAIN_NOUNS = [
  '반도체', '양자', '양자컴퓨터', '양자암호', '바이오', '합성생물학', '우주', '발사체', '위성', '저궤도', '누리호', '달 탐사', '항공', '원자력', '핵융합',
  '소형모듈원전', '배터리', '이차전지', '전고체', '디스플레이', '메타버스', '블록체인', '클라우드', '사이버', '자율주행', '드론', '도심항공', '탄소중립',
  '스마트팜', '디지털트윈', '초거대', '뉴로모픽', '오픈랜', '데이터센터', '전력망', '망 중립성', '주파수', '위성통신', '해저케이블', '정밀의료', '디지털치료제',
  '유전체', '백신', '감염병', '신약', '의료기기', '뇌과학', '인지과학', '로보어드바이저', '핀테크', '전자서명', '마이데이터', '가명정보', '개인정보보호',
  '랜섬웨어', '피싱', '스미싱', '딥페이크', '허위정보', '알고리즘', '추천시스템', '검색엔진', '오픈소스', '저작권', '콘텐츠', '웹툰', 'OTT', '방송',
  '미디어', '유료방송', '지상파', '라디오', '우정사업', '집배원', '소포', '기초과학', '수학', '물리학', '화학', '지구과학', '해양', '극지', '남극기지',
  '기상', '지진', '재난안전', '산불', '홍수', '미세먼지', '수질', '토양', '생물다양성', '연구윤리', '연구실 안전', '연구비', '과제 평가', '출연연',
  '연구장비', '슈퍼컴퓨터', '초고성능컴퓨팅', '가속기', '중이온가속기', '방사광가속기', '나노', '소재', '부품', '장비', '공급망', '수출', '통상',
  '표준', '국제표준', '특허', '기술이전', '기술료', '벤처', '액셀러레이터', '모태펀드', '엔젤투자', '크라우드펀딩', '청년 창업', '여성 과학자',
  '인재 양성', '이공계', '대학원', '박사후연구원', '석학', '해외 인재', '영재학교', '과학관', '과학문화', '과학 축제', '코딩 교육', '디지털 교과서',
  '교원', '학부모', '고령층', '장애인', '농어촌', '섬 지역', '도서관', '공공 와이파이', '요금제', '알뜰폰', '단말기', '중고폰', '보조금', '설비투자',
  '망 이용료', '플랫폼 사업자', '앱마켓', '인앱결제', '전자상거래', '배달앱', '모빌리티', '차량공유', '스마트시티', '디지털 플랫폼 정부', '공공 데이터',
  '행정 서비스', '민원', '전자정부', '클라우드 전환', '망 분리', '제로트러스트', '보안 인증', '취약점', '버그바운티', '화이트해커', '침해 대응',
];

const SURNAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안', '송', '류', '홍', '전', '고', '문', '양', '손', '배', '백', '허', '남', '심'];
const GIVEN = ['민', '서', '준', '지', '현', '수', '영', '호', '우', '진', '성', '재', '희', '은', '윤', '경', '정', '훈', '연', '원', '혜', '석', '철', '태', '승', '동', '상', '미', '선', '하', '유', '주', '예', '도', '규', '형', '기', '용', '범', '찬', '빈', '혁', '숙', '옥', '남', '광', '길', '한', '소', '다'];
const TITLES = ['대표', '원장', '교수', '책임연구원', '본부장', '실장', '국장', '센터장', '이사', '팀장', '위원장', '차관', '과장', '부사장', '소장'];

const REGIONS = ['전북', '대전', '광주', '대구', '부산', '울산', '경남', '경북', '충북', '충남', '강원', '제주', '전남', '세종', '인천', '경기'];

// Syllables and endings of made-up company names (에이아이파크, 쿠도커뮤니케이션 …).
const NAME_SYLLABLES = ['에이', '아이', '비', '쿠', '도', '엠', '엔', '티', '알', '큐', '로', '보', '테', '네', '오', '리', '바', '소', '젠', '파', '스', '웨', '라', '모', '하', '루', '카', '시', '온', '유'];
const NAME_ENDINGS = ['테크', '랩스', '소프트', '로보틱스', '시스템즈', '커뮤니케이션', '일렉트로닉스', '바이오', '에너지', '네트웍스', '파크', '데이터', '모빌리티', '시큐리티',
  '텍', '랩', '웍스', '솔루션', '인더스트리', '메디컬', '헬스케어', '머티리얼즈', '포스', '링크', '비전', '마인드', '웨이브', '스페이스', '팩토리', '컴퍼니', '', '', '', ''];
const PRODUCT_LETTERS = 'ABCDEFGHIKLMNOPRSTUVWXZ';

// Light rewording for near-duplicates: the same facts in other words.
const REWORDINGS: Array<[RegExp, string]> = [
  [/밝혔다\./gu, '전했다.'],
  [/계획이다\./gu, '방침이다.'],
  [/예정이다\./gu, '계획이다.'],
  [/^아울러 /u, '또한 '],
  [/^또한 /u, '아울러 '],
  [/^이에 (?!따라)/u, '이에 따라 '],
  [/확대된다\./gu, '늘어난다.'],
  [/강조했다\./gu, '역설했다.'],
  [/발표했다\./gu, '공개했다.'],
  [/추진한다\./gu, '나선다.'],
];

/* ------------------------------------------------------------------------------------------------ */

interface ArticleRecord {
  file: string;
  line: number;
  topic: string;
  orgs: Map<string, string>;
  sentences: string[];
}

interface ArticleContext {
  rng: Rng;
  topic: string;
  topicKeywords: readonly string[];
  /** Canonical organisation name → how this article names it. */
  orgs: Map<string, string>;
  /** Keyword of another topic → this article's keyword for it (or itself, when kept). */
  keywords: Map<string, string>;
  slots: Map<string, string>;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds the matchers once per bank. */
function prepare(bank: PhraseBank) {
  const orgForms = bank.organizations
    .flatMap((org) => [org.name, ...org.aliases].map((form) => ({ form, org })))
    .sort((a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : 1));
  const orgByForm = new Map(orgForms.map(({ form, org }) => [form, org]));
  const orgPattern = new RegExp(orgForms.map((f) => escapeRegExp(f.form)).join('|'), 'gu');

  const keywordTopic = new Map<string, string>();
  for (const t of bank.topics) for (const k of t.keywords) if (!keywordTopic.has(k)) keywordTopic.set(k, t.slug);
  const keywords = [...keywordTopic.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const keywordPattern = new RegExp(keywords.map(escapeRegExp).join('|'), 'gu');
  const nounSet = new Set(bank.nouns);
  const topicBySlug = new Map(bank.topics.map((t) => [t.slug, t]));
  return { orgPattern, orgByForm, keywordTopic, keywordPattern, nounSet, topicBySlug };
}

type Prepared = ReturnType<typeof prepare>;

/** Replaces `text[at, at+length)` by `word`, fitting a particle right after it (`특구를` → `보안을`). */
export function spliceWord(text: string, at: number, length: number, word: string): string {
  const rest = text.slice(at + length);
  const particle = SWAPPABLE_PARTICLE.exec(rest);
  if (!particle) return `${text.slice(0, at)}${word}${rest}`;
  return `${text.slice(0, at)}${word}${fitParticle(word, particle[1]!)}${rest.slice(particle[1]!.length)}`;
}

function companyName(rng: Rng): string {
  const syllables = rng.int(1, 3);
  let name = '';
  for (let i = 0; i < syllables; i++) name += rng.pick(NAME_SYLLABLES);
  return name + rng.pick(NAME_ENDINGS);
}

function productName(rng: Rng): string {
  let name = '';
  for (let i = rng.int(3, 6); i > 0; i--) name += PRODUCT_LETTERS[rng.int(0, PRODUCT_LETTERS.length - 1)];
  const shape = rng.int(0, 3);
  if (shape === 0) return `${name}-ver${rng.int(1, 4)}.${rng.int(0, 9)}`;
  if (shape === 1) return `${name[0]}${name.slice(1).toLowerCase()} ${rng.int(1, 9)}`;
  if (shape === 2) return `${name[0]}${name.slice(1).toLowerCase()}`;
  return name;
}

/** How this article names an organisation the sentence mentions: the same one, another known one, or a new company. */
function orgFor(ctx: ArticleContext, bank: PhraseBank, org: BankOrganization, form: string): string {
  const known = ctx.orgs.get(org.name);
  if (known) return known;
  const { rng } = ctx;
  let chosen: string;
  const r = rng.next();
  if (r < 0.5) chosen = form;
  else if (r < 0.8) {
    const other = rng.pick(bank.organizations);
    chosen = rng.chance(0.6) ? other.name : rng.pick([other.name, ...other.aliases]);
  } else chosen = companyName(rng);
  ctx.orgs.set(org.name, chosen);
  return chosen;
}

function randomNumberLike(rng: Rng, digits: string): string {
  const [whole, fraction] = digits.split('.');
  const grouped = whole!.includes(',');
  const plain = whole!.replaceAll(',', '');
  let n = String(rng.int(plain.length > 1 ? 10 ** (plain.length - 1) : 1, 10 ** plain.length - 1));
  if (grouped) n = n.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  if (fraction === undefined) return n;
  let decimals = '';
  for (let i = 0; i < fraction.length; i++) decimals += String(rng.int(0, 9));
  return `${n}.${decimals}`;
}

/** Fresh numbers and dates of the same shape: years stay plausible years, months months, days days. */
function swapNumbers(text: string, rng: Rng): string {
  return text.replace(/(?<![A-Za-z0-9.])\d[\d,]*(?:\.\d+)?(?![A-Za-z0-9])(년|월|일|%)?/gu, (match, unit: string | undefined) => {
    const digits = unit ? match.slice(0, -unit.length) : match;
    const value = Number(digits.replaceAll(',', ''));
    if (/^\d{4}$/.test(digits) && value >= 1990 && value <= 2039) return `${rng.int(2023, 2027)}${unit ?? ''}`;
    if (unit === '월') return `${rng.int(1, 12)}월`;
    if (unit === '일') return `${rng.int(1, 28)}일`;
    if (unit === '%') return `${digits.includes('.') ? `${rng.int(1, 95)}.${rng.int(1, 9)}` : rng.int(1, 95)}%`;
    return `${randomNumberLike(rng, digits)}${unit ?? ''}`;
  });
}

// One private-use character per name (no digits: numbers are rewritten in between).
const PLACEHOLDER = /[\uE100-\uE1FF]/u;

/** One bank sentence as this article tells it. */
function renderSentence(source: string, ctx: ArticleContext, bank: PhraseBank, prep: Prepared): string {
  const { rng } = ctx;
  // 1. Organisations become placeholders so nothing below edits inside a name.
  const names: string[] = [];
  let text = source.replace(prep.orgPattern, (form, at: number, whole: string) => {
    if (!isStandalone(whole, at, form)) return form;
    names.push(orgFor(ctx, bank, prep.orgByForm.get(form)!, form));
    return String.fromCharCode(0xe100 + names.length - 1);
  });
  // 2. Numbers and dates.
  text = swapNumbers(text, rng);
  // 3. Topic keywords of other topics turn into this article's topic.
  let out = '';
  let last = 0;
  for (const m of text.matchAll(prep.keywordPattern)) {
    const at = m.index;
    if (at < last || !isStandalone(text, at, m[0])) continue;
    if (prep.keywordTopic.get(m[0]) === ctx.topic) continue;
    let word = ctx.keywords.get(m[0]);
    if (word === undefined) ctx.keywords.set(m[0], (word = rng.chance(0.4) ? rng.pick(ctx.topicKeywords) : m[0]));
    if (word === m[0]) continue;
    const particle = SWAPPABLE_PARTICLE.exec(text.slice(at + m[0].length));
    out += text.slice(last, at) + word + (particle ? fitParticle(word, particle[1]!) : '');
    last = at + m[0].length + (particle ? particle[1]!.length : 0);
  }
  text = out + text.slice(last);
  // 4. Nouns give way to other nouns of the beat.
  text = text
    .split(' ')
    .map((token) => {
      const m = /^([\p{Script=Hangul}]{2,8})(.*)$/u.exec(token);
      if (!m || !prep.nounSet.has(m[1]!) || !rng.chance(0.3)) return token;
      return spliceWord(token, 0, m[1]!.length, rng.chance(0.75) ? rng.pick(DOMAIN_NOUNS) : rng.pick(bank.nouns));
    })
    .join(' ');
  // 5. Names back, with the particle after each fitted to the new name.
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    text = spliceWord(text, m.index, 1, names[m[0].charCodeAt(0) - 0xe100]!);
  }
  return text;
}

function fillTemplate(template: string, ctx: ArticleContext, bank: PhraseBank): string {
  const { rng } = ctx;
  const slot = (name: string): string => {
    const known = ctx.slots.get(name);
    if (known !== undefined) return known;
    let value: string;
    switch (name) {
      case 'kw':
        value = rng.pick(ctx.topicKeywords);
        break;
      case 'kw2':
        value = rng.chance(0.6) ? rng.pick(ctx.topicKeywords) : rng.pick(rng.pick(bank.topics).keywords);
        break;
      case 'org':
      case 'org2': {
        const named = [...ctx.orgs.values()];
        const own = name === 'org' ? named[0] : named[1];
        value = own ?? (rng.chance(0.5) ? '과기정통부' : rng.pick(bank.organizations).name);
        break;
      }
      case 'region':
      case 'region2':
        value = rng.pick(REGIONS);
        break;
      case 'company':
        value = companyName(rng);
        break;
      case 'product':
        value = productName(rng);
        break;
      case 'quote':
      case 'quote2':
        value = fillTemplate(rng.pick(QUOTES), ctx, bank);
        break;
      case 'person':
      case 'person2':
        value = rng.pick(SURNAMES) + rng.pick(GIVEN) + rng.pick(GIVEN);
        break;
      case 'title':
      case 'title2':
        value = rng.pick(TITLES);
        break;
      case 'company2':
        value = companyName(rng);
        break;
      case 'univ':
        value = rng.chance(0.7) ? `${rng.pick(REGIONS)}대학교` : `${rng.pick(REGIONS)}과학기술원`;
        break;
      case 'month':
        value = String(rng.int(1, 12));
        break;
      case 'day':
        value = String(rng.int(1, 28));
        break;
      case 'phone':
        value = `0${rng.int(2, 64)}-${rng.int(200, 999)}-${String(rng.int(0, 9999)).padStart(4, '0')}`;
        break;
      case 'small':
        value = String(rng.int(1, 9));
        break;
      case 'n':
        value = String(rng.int(2, 120));
        break;
      case 'money':
        value = `${rng.int(12, 9800)}억 원`;
        break;
      case 'pct':
        value = `${rng.int(3, 95)}%`;
        break;
      case 'year':
        value = String(rng.int(2025, 2030));
        break;
      default:
        throw new Error(`unknown template slot {${name}}`);
    }
    ctx.slots.set(name, value);
    return value;
  };
  return template.replace(/\{(\w+)(?:\|([^}]+))?\}/gu, (_, name: string, particle: string | undefined) =>
    particle ? fitParticle(slot(name), particle) : slot(name),
  );
}

function headline(ctx: ArticleContext, bank: PhraseBank): string {
  let h = fillTemplate(ctx.rng.pick(HEADLINES), ctx, bank);
  if (ctx.rng.chance(0.22)) {
    const decks = ctx.rng.int(1, 2);
    for (let i = 0; i < decks; i++) h += ` ${fillTemplate(ctx.rng.pick(DECKS), ctx, bank)}`;
  }
  return h;
}

/** Pick body sentence indexes: a lead, then mostly sentences of the article's topic. */
function chooseSentences(ctx: ArticleContext, bank: PhraseBank, want: number): number[] {
  const { rng } = ctx;
  const chosen: number[] = [];
  const used = new Set<number>();
  const topical = bank.byTopic.get(ctx.topic) ?? [];
  const take = (i: number) => {
    chosen.push(i);
    used.add(i);
  };
  if (bank.leads.length > 0) take(rng.pick(bank.leads));
  for (let guard = 0; chosen.length < want && guard < want * 20; guard++) {
    const pool = topical.length > 0 && rng.chance(0.3) ? topical : null;
    const i = pool ? rng.pick(pool) : rng.int(0, bank.sentences.length - 1);
    if (!used.has(i)) take(i);
  }
  return chosen;
}

function renderBody(indexes: number[], ctx: ArticleContext, bank: PhraseBank, prep: Prepared): string[] {
  const { rng } = ctx;
  const body = indexes.map((i) => {
    const s = bank.sentences[i]!;
    let text = s.text;
    // Recombine clauses: this sentence's first clause with another sentence's second.
    if (s.clauseAt && bank.clausal.length > 1 && rng.chance(0.35)) {
      const other = bank.sentences[rng.pick(bank.clausal)]!;
      text = `${s.text.slice(0, s.clauseAt)}${other.text.slice(other.clauseAt)}`;
    }
    return renderSentence(text, ctx, bank, prep);
  });
  // The article's own facts go in after the lead.
  for (let k = rng.int(5, 8); k > 0; k--) body.splice(rng.int(1, Math.min(body.length, 8)), 0, fillTemplate(rng.pick(FACTS), ctx, bank));
  return body;
}

/** Joins the parts and cuts the line at `target` characters, mid-sentence most of the time. */
function cutLine(prefix: string, sentences: readonly string[], target: number, rng: Rng): string {
  let line = prefix;
  for (const s of sentences) {
    line = line === '' ? s : `${line} ${s}`;
    if ([...line].length > target) break;
  }
  const chars = [...line];
  if (chars.length <= target) return line;
  if (rng.chance(0.15)) {
    // Now and then the line ends at a full stop.
    const cut = chars.slice(0, target).join('');
    const end = cut.lastIndexOf('다. ');
    if (end > target * 0.85) return cut.slice(0, end + 2);
  }
  return chars.slice(0, target).join('').trimEnd();
}

function fileSizes(count: number, rng: Rng, range: { min: number; max: number }): number[] {
  const sizes: number[] = [];
  let left = count;
  while (left > 0) {
    const size = Math.min(left, rng.int(range.min, range.max));
    sizes.push(size);
    left -= size;
  }
  // A short last file joins the one before it when that keeps it in range.
  if (sizes.length > 1 && sizes.at(-1)! < range.min && sizes.at(-2)! + sizes.at(-1)! <= range.max + range.min) {
    const tail = sizes.pop()!;
    sizes[sizes.length - 1]! += tail;
  }
  return sizes;
}

export function seedFileName(index: number, hex: string, digits = 3): string {
  return `${String(index).padStart(digits, '0')}_${hex}.txt`;
}

/**
 * The corpus, one seed file at a time (a 50,000-article corpus never has to be
 * held in memory as a whole).
 */
export function* generateCorpus(bank: PhraseBank, options: CorpusOptions): Generator<SeedFile> {
  const {
    count,
    seed,
    firstFileIndex = 1,
    linesPerFile = DEFAULT_LINES_PER_FILE,
    nearDuplicateShare = DEFAULT_NEAR_DUPLICATE_SHARE,
    length = DEFAULT_LENGTH,
  } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, not ${count}`);
  if (bank.sentences.length === 0 || bank.topics.length === 0) throw new Error('the phrase bank has no sentences or no topics');
  const prep = prepare(bank);
  const root = createRng(`corpus:${seed}`);
  const layoutRng = root.fork('layout');
  const sizes = fileSizes(count, layoutRng, linesPerFile);
  const digits = Math.max(3, String(firstFileIndex + sizes.length - 1).length);
  const recent: ArticleRecord[] = [];
  const RECENT = 256;

  const makeLine = (rng: Rng, file: string, line: number) => {
    const target = rng.int(length.min, length.max);
    const source = recent.length > 0 && rng.chance(nearDuplicateShare) ? rng.pick(recent) : undefined;
    let record: ArticleRecord;
    let body: string[];
    let ctx: ArticleContext;
    if (source) {
      // Same facts, other words: keep the lead, drop one or two sentences, swap a pair, reword.
      ctx = { rng, topic: source.topic, topicKeywords: prep.topicBySlug.get(source.topic)!.keywords, orgs: new Map(source.orgs), keywords: new Map(), slots: new Map() };
      const [lead, ...rest] = source.sentences;
      const kept = rest.filter(() => !rng.chance(0.15));
      if (kept.length > 3) {
        const i = rng.int(0, kept.length - 2);
        [kept[i], kept[i + 1]] = [kept[i + 1]!, kept[i]!];
      }
      body = [lead!, ...kept].map((s) => REWORDINGS.reduce((t, [from, to]) => (rng.chance(0.5) ? t.replace(from, to) : t), s));
      // Dropped sentences can leave the copy short of a full line: the reporter adds a few of their own.
      if (body.join(' ').length < length.max + 200) body.push(...renderBody(chooseSentences(ctx, bank, 8), ctx, bank, prep).slice(1));
      record = { file, line, topic: source.topic, orgs: ctx.orgs, sentences: body };
    } else {
      const topic = rng.pick(bank.topics);
      ctx = { rng, topic: topic.slug, topicKeywords: topic.keywords, orgs: new Map(), keywords: new Map(), slots: new Map() };
      body = renderBody(chooseSentences(ctx, bank, 16), ctx, bank, prep);
      record = { file, line, topic: topic.slug, orgs: ctx.orgs, sentences: body };
    }
    // Most lines open with a headline (and maybe subheads); some go straight into the body,
    // a few start with a series introduction before the headline.
    const roll = rng.next();
    let prefix = '';
    let shape: LineShape = 'body';
    if (roll < 0.03) {
      prefix = `${fillTemplate(rng.pick(PREFACES), ctx, bank)} ${headline(ctx, bank)}`;
      shape = 'preface';
    } else if (roll < 0.78 || source) {
      prefix = headline(ctx, bank);
      shape = 'headline';
    }
    return { line: cutLine(prefix, body, target, rng), shape, record, ...(source ? { of: { file: source.file, line: source.line } } : {}) };
  };

  for (let f = 0; f < sizes.length; f++) {
    const name = seedFileName(firstFileIndex + f, layoutRng.hex(layoutRng.int(8, 16)), digits);
    const fileRng = root.fork(name);
    const lines: string[] = [];
    const nearDuplicates: SeedFile['nearDuplicates'] = [];
    const shapes: LineShape[] = [];
    for (let l = 1; l <= sizes[f]!; l++) {
      const made = makeLine(fileRng.fork(String(l)), name, l);
      lines.push(made.line);
      shapes.push(made.shape);
      if (made.of) nearDuplicates.push({ line: l, of: made.of });
      recent.push(made.record);
      if (recent.length > RECENT) recent.shift();
    }
    const finalNewline = layoutRng.chance(0.5);
    yield { name, content: lines.join('\n') + (finalNewline ? '\n' : ''), lines: lines.length, nearDuplicates, shapes };
  }
}
