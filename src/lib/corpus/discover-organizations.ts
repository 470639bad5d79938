/**
 * Names of organisations that no directory lists, found from how news prose
 * introduces them:
 *
 *  - apposition after a class noun: `재활용 전문기업 새봄셀의`, `스타트업 바람로봇과`,
 *    `배달앱 업체 맛길배달과 씽씽딜리버리에` (and what is listed with it);
 *  - a person and a title around it: `박도윤 구름게임즈 대표는`;
 *  - `(주)다온`, `㈜다온`;
 *  - a role after a name-like word: `가람모빌리티 관계자는`, `솔빛에어로스페이스 컨소시엄`;
 *  - an organisation head in the word: `대한의사협회`, `서울아산병원`;
 *  - a company-name ending on a name-like word in an actor's place: `하람테크는`.
 *
 * Precision matters more than recall here (a common noun on an organisation
 * page is worse than a miss), so a candidate must not read as an ordinary
 * word: the dictionary must not know it as one common noun, it must not end
 * in an abstract noun (`지원사업`), and where the cue is weak it must look
 * like a name to the dictionary (a proper noun, Latin letters, or pieces the
 * dictionary could only guess at).
 */
import type { KoreanAnalyzer, Morpheme } from '../korean/analyzer';
import type { OrganizationKind } from '../editorial/schema';
import { BoundedCache } from '../memory/bounded-cache';
import { headOf, kindOfDiscoveredName, nameParticleSplits, ORGANIZATION_HEADS } from './organization-names';

export interface DiscoveredOrganization {
  name: string;
  kind: OrganizationKind;
  /** The words it was found in, as written (`재활용 전문기업 새봄셀의`). */
  cue: string;
  /** Offset of the name in the text. */
  at: number;
}

export interface DiscoveryOptions {
  analyzer: KoreanAnalyzer;
  /** Directory forms and ignored names: never reported as discovered. */
  isKnown?: (name: string) => boolean;
}

/** Class nouns that introduce a company by apposition (`핀테크 기업 모아페이`). */
const COMPANY_CLASS = new RegExp(
  `(?:${[
    '기업', '업체', '회사', '스타트업', '벤처', '팹리스', '플랫폼', '법인',
    '게임사', '제작사', '개발사', '운영사', '시행사', '조선사', '제조사', '통신사', '자회사', '계열사', '협력사', '공급사',
    '증권사', '보험사', '카드사', '제약사', '건설사', '투자사', '배급사', '출판사', '항공사', '판매사', '유통사', '설계사', '대행사', '운용사', '중개사',
  ].join('|')})(?:인)?$`,
  'u',
);

/** Words after a bare name that make it an organisation's (`하람테크 관계자는`). */
const ROLE_AFTER = /^(?:관계자|측|대표|대표이사|임원|컨소시엄|공동대표|창업자|최고경영자|CEO|사장|회장)(?:[은는이가의과와을를도]|들[은는이가의과와을를도]?|으로|로|에|에서)?$/u;
/** After a name in a list, `등` closes the list (`모아페이와 초롱데이터 등`). */
const LIST_END = /^등(?:[은는이가의과와을를도]|으로|에)?$/u;
/** Titles after `person name + company` (`박도윤 구름게임즈 대표는`). */
const TITLE_AFTER = /^(?:대표|대표이사|사장|회장|부회장|창업자|최고경영자|CEO|CTO|공동대표|의장)/u;
/** Common family names: a three-syllable word starting with one is read as a person's name before a title. */
const FAMILY_NAMES = new Set('김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국은편용예경봉'.split(''));
/** Company-name endings (`하람테크`, `누리머티리얼즈`): with a name-like rest and an actor's particle, a company. */
const COMPANY_ENDING = new RegExp(
  `(?:${[
    '테크', '텍', '바이오', '소프트', '일렉트로닉스', '모빌리티', '로보틱스', '게임즈', '랩스', '랩', '웍스', '네트웍스',
    '시스템즈', '솔루션즈', '머티리얼즈', '파마', '중공업', '홀딩스', '인베스트먼트', '파트너스', '벤처스', '캐피탈',
    '에어로스페이스', '인더스트리', '엔터테인먼트', '커뮤니케이션즈', '다이내믹스', '이노베이션', '페이', '뱅크',
  ].join('|')})$`,
  'u',
);
/** Any organisation head or company ending, anywhere in a word: the cheap test before the head and ending rules. */
const HEAD_OR_ENDING = new RegExp([...ORGANIZATION_HEADS.keys(), COMPANY_ENDING.source.slice(3, -2)].join('|'), 'u');
/** Particles that put a name in an actor's or a party's place. */
const ACTOR_PARTICLES = new Set(['은', '는', '이', '가', '의', '와', '과', '도', '측은', '측이', '측의']);
/**
 * Nouns that end ordinary compounds, never a company's name: a candidate made
 * only of dictionary nouns and ending in one (`지원사업`, `업계관계자`) is not a name.
 */
const ABSTRACT_HEADS = new Set([
  '사업', '지원', '정책', '성장', '투자', '규모', '경쟁력', '생태계', '분야', '시장', '산업', '현장', '환경', '부담', '관계자',
  '대표', '임원', '직원', '관계', '수', '중', '간', '전체', '대부분', '상당수', '일부', '절반', '모두', '사이', '가운데', '제품',
  '서비스', '기술', '개발', '연구', '사업자', '업계', '당국', '정부', '관계자들', '대상', '참여', '협력', '전략', '계획', '방안',
  '결과', '발표', '평가', '제도', '조사', '과정', '문제', '상황', '경우', '측면', '위원', '인력', '예산', '비용', '매출',
  // Sino-Korean suffixes of abstract nouns (`의존도`, `점유율`, `안전성`).
  '도', '률', '율', '성', '화', '량', '력', '감', '적', '비', '세', '권', '제', '법', '안', '론',
]);
/** Words that open a noun phrase rather than a name (`한 업체`, `국내 기업`, `일부 스타트업`). */
const NOT_NAME_FIRST = new Set(['한', '두', '세', '이', '그', '저', '각', '여러', '일부', '국내', '해외', '관련', '주요', '다른', '모든', '해당', '현지', '민간', '토종', '중견', '중소', '대형']);
/** A person's title before a head (`책임연구원`) is not an organisation's name. */
const TITLE_PREFIXES = /^(?:책임|선임|수석|주임|전임|객원|초빙|박사후|전문|연구|위촉|명예|상임|비상임|전)$/u;
/** Prefixes that make a head an institution's name even when the dictionary knows them (`한국…연구원`, `국립…병원`). */
const INSTITUTION_PREFIX = /^(?:한국|국립|국가|대한|글로벌|세계|아시아|중앙)/u;

const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const NAME_CHARS = /^[가-힣A-Za-z0-9&+.-]+$/u;

interface Word {
  /** The word without leading and trailing punctuation. */
  core: string;
  /** Offset of `core` in the text. */
  at: number;
  /** True when punctuation ended the word (`장터몰,`). */
  closed: boolean;
  raw: string;
  /** What the rules test of the word, worked out once per distinct word. */
  flags: number;
}

const CORPORATE = 1;
const CLASS = 2;
const PERSON = 4;
const TITLE = 8;
const ROLE = 16;
const HEAD_OR_COMPANY_ENDING = 32;
const BARE = 64;

interface WordShape {
  core: string;
  lead: number;
  flags: number;
}
/** Shapes of distinct words, in a bounded cache (memory stays flat on any corpus). */
const shapes = new BoundedCache<string, WordShape>(100_000);

function shapeOf(raw: string): WordShape {
  let shape = shapes.get(raw);
  if (shape) return shape;
  const lead = raw.length - raw.replace(/^[\p{P}\p{S}]+/u, '').length;
  const core = raw.replace(EDGE_PUNCTUATION, '');
  const bare = core === raw;
  let flags = bare ? BARE : 0;
  if (/^(?:\(주\)|㈜)[가-힣A-Za-z]/u.test(raw)) flags |= CORPORATE;
  if (bare && COMPANY_CLASS.test(core)) flags |= CLASS;
  if (bare && core.length === 3 && FAMILY_NAMES.has(core[0]!) && /^[가-힣]+$/u.test(core)) flags |= PERSON;
  if (TITLE_AFTER.test(core)) flags |= TITLE;
  if (ROLE_AFTER.test(core)) flags |= ROLE;
  if (HEAD_OR_ENDING.test(core)) flags |= HEAD_OR_COMPANY_ENDING;
  shape = { core, lead, flags };
  shapes.set(raw, shape);
  return shape;
}

function splitWords(text: string): Word[] {
  const out: Word[] = [];
  const re = /\S+/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const raw = m[0];
    const { core, lead, flags } = shapeOf(raw);
    out.push({ core, at: m.index + lead, closed: raw.length > lead + core.length, raw, flags });
  }
  return out;
}

export function discoverOrganizations(text: string, options: DiscoveryOptions): DiscoveredOrganization[] {
  const ko = options.analyzer;
  const isKnown = options.isKnown ?? (() => false);
  const words = splitWords(text);
  const found = new Map<string, DiscoveredOrganization>();

  const morphemes = (s: string): readonly Morpheme[] => ko.word(s);

  /** A dictionary word, an ordinary compound, or a predicate, not a name. */
  function readsAsOrdinary(stem: string): boolean {
    if (NOT_NAME_FIRST.has(stem)) return true;
    const ms = morphemes(stem);
    if (ms.length === 0) return true;
    const last = ms.at(-1)!;
    // `주도하는` (… 하/XSV 는/ETM) is a predicate; `의존도` (의존 + 도/JX) a common noun and its particle.
    if (ms.some((m) => /^XS[VA]/u.test(m.first)) && /^[JE]/u.test(last.last)) return true;
    if (/^J/u.test(last.first) && ms.length === 2 && ms[0]!.known && ms[0]!.first === 'NNG') return true;
    if (ms.length === 1) return ms[0]!.known && ms[0]!.first !== 'NNP' && ms[0]!.first !== 'SL';
    const allCommon = ms.every((m) => m.known && (m.first === 'NNG' || m.first === 'XSN' || m.first === 'NNB'));
    if (allCommon && ABSTRACT_HEADS.has(last.surface)) return true;
    // `운항사`, `운영사`: a class of companies (an activity noun + 사), not one company.
    if (stem.endsWith('사') && morphemes(stem.slice(0, -1)).every((m) => m.known && m.first === 'NNG')) return true;
    return false;
  }

  /** The dictionary sees a name in it: a proper noun, Latin letters, a guess, or pieces no noun phrase is made of. */
  function looksLikeName(stem: string): boolean {
    return morphemes(stem).some((m) => m.first === 'NNP' || m.first === 'SL' || !m.known || !/^(?:NN|XSN|SN)/u.test(m.first));
  }

  function plausible(stem: string): boolean {
    const syllables = [...stem].length;
    return (
      syllables >= 2 &&
      syllables <= 20 &&
      NAME_CHARS.test(stem) &&
      /[가-힣A-Za-z]{2}/u.test(stem) &&
      !/^[0-9]/u.test(stem) &&
      !isKnown(stem) &&
      headOf(stem) === undefined // names with a head are the head rule's
    );
  }

  /**
   * The stem and particle of a candidate word: the split whose particle the
   * dictionary also reads at the end of the word (`구름길인프라는` → 는, not
   * the copula 라는), else the stem the text uses most, else the longest particle.
   */
  function stemOf(word: Word): { stem: string; particle: string } {
    const splits = nameParticleSplits(word.core);
    if (splits.length === 1) return splits[0]!;
    const ms = morphemes(word.core);
    let tail = '';
    for (let k = ms.length - 1; k > 0 && /^(?:J|VCP|E)/u.test(ms[k]!.first); k--) tail = ms[k]!.surface + tail;
    const agreed = splits.find((s) => s.particle !== '' && s.particle === tail);
    if (agreed) return agreed;
    let best = splits[0]!;
    let bestSupport = -1;
    for (const split of splits) {
      if (split.particle === '') continue;
      const support = words.filter((w) => w.core.startsWith(split.stem)).length;
      if (support > bestSupport) {
        best = split;
        bestSupport = support;
      }
    }
    return best;
  }

  function record(name: string, at: number, cueFrom: number, cueTo: number, kind: OrganizationKind = kindOfDiscoveredName(name)): void {
    if (found.has(name) || isKnown(name)) return;
    // The cue starts after the end of the previous sentence.
    let from = Math.max(0, cueFrom);
    while (from < cueTo && /[.!?]["'”’]?$/u.test(words[from]!.raw)) from++;
    const cue = words
      .slice(from, cueTo + 1)
      .map((w) => w.raw)
      .join(' ');
    found.set(name, { name, kind, cue, at });
  }

  /** A candidate at `i` introduced by a strong cue; returns the stem and particle when it is taken. */
  function takeStrong(i: number, cueFrom: number): { particle: string; closed: boolean } | undefined {
    const word = words[i];
    if (!word || LIST_END.test(word.core)) return undefined;
    let core = word.core;
    let at = word.at;
    const corporate = /^(?:\(주\)|㈜)/u.exec(word.raw);
    if (corporate) {
      core = word.raw.slice(corporate[0].length).replace(EDGE_PUNCTUATION, '');
      at = word.at + word.raw.indexOf(core);
    }
    const { stem, particle } = stemOf({ ...word, core });
    if (!plausible(stem) || readsAsOrdinary(stem) || looksLikePerson(stem, i)) return undefined;
    // A bare word followed by more words is a modifier (`스마트팜 솔루션`), unless a role follows (`하람테크 관계자`).
    if (particle === '' && !word.closed && i + 1 < words.length && !(words[i + 1]!.flags & ROLE) && !LIST_END.test(words[i + 1]!.core)) return undefined;
    record(stem, at, cueFrom, i);
    return { particle, closed: word.closed };
  }

  function looksLikePerson(stem: string, i: number): boolean {
    return [...stem].length === 3 && FAMILY_NAMES.has(stem[0]!) && i + 1 < words.length && (words[i + 1]!.flags & TITLE) !== 0;
  }

  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];

    // (주)다온, ㈜다온
    if (word.flags & CORPORATE) takeStrong(i, i);

    // Apposition: `재활용 전문기업 새봄셀의`, and the names listed with it (`맛길배달과 씽씽딜리버리에`).
    if (word.flags & CLASS) {
      let j = i + 1;
      let taken = takeStrong(j, i - 1);
      while (taken && (/^[와과]$/u.test(taken.particle) || (taken.closed && /[,·]$/u.test(words[j]!.raw)))) {
        j += 1;
        // `쇼핑 플랫폼 장터몰, 음악 플랫폼 소리상자다`: the next item brings its own class noun.
        if (words[j] && words[j]!.flags & CLASS) break;
        taken = takeStrong(j, i - 1);
      }
    }

    // `박도윤 구름게임즈 대표는`
    if (word.flags & PERSON && next && next.flags & BARE && words[i + 2] && words[i + 2]!.flags & TITLE) {
      const stem = next.core;
      if (plausible(stem) && !readsAsOrdinary(stem) && looksLikeName(stem)) record(stem, next.at, i, i + 2);
    }

    // `가람모빌리티 관계자는`, `솔빛에어로스페이스 컨소시엄을`, `누리머티리얼즈의 대표는`: a weak cue, so the name must look like one.
    if (!word.closed && next && next.flags & ROLE) {
      const { stem, particle } = stemOf(word);
      if ((particle === '' || particle === '의') && [...stem].length >= 3 && plausible(stem) && !readsAsOrdinary(stem) && looksLikeName(stem) && !looksLikePerson(stem, i)) {
        record(stem, word.at, i, i + 1);
      }
    }

    // The rules below need a head or a company ending in the word; most words have neither.
    if (!(word.flags & HEAD_OR_COMPANY_ENDING)) continue;
    const { stem, particle } = stemOf(word);

    // An organisation head: `대한의사협회`, `서울아산병원` (not `책임연구원`, `대학병원`).
    const head = headOf(stem);
    if (head && NAME_CHARS.test(stem) && !isKnown(stem)) {
      const prefix = stem.slice(0, -head.length);
      const ms = morphemes(prefix);
      const named = INSTITUTION_PREFIX.test(prefix) || ms.some((m) => m.first === 'NNP' || m.first === 'SL' || !m.known);
      if ([...prefix].length >= 2 && named && !TITLE_PREFIXES.test(ms[0]?.surface ?? '') && !NOT_NAME_FIRST.has(ms[0]?.surface ?? '')) {
        record(stem, word.at, i, i, ORGANIZATION_HEADS.get(head));
      }
    }

    // `하람테크는`: a company ending on a name-like word in an actor's place.
    const ending = COMPANY_ENDING.exec(stem);
    if (ending && ACTOR_PARTICLES.has(particle) && plausible(stem)) {
      const rest = stem.slice(0, ending.index);
      if ([...rest].length >= 2 && !readsAsOrdinary(stem) && !NOT_NAME_FIRST.has(rest) && looksLikeName(rest) && !readsAsOrdinary(rest)) {
        record(stem, word.at, i, i);
      }
    }
  }
  return [...found.values()].sort((a, b) => a.at - b.at);
}
