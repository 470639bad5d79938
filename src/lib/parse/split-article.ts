/**
 * Splits one seed line into preface, headline, subheads (deck) and body.
 *
 * Seed lines glue the headline to the body with no separator. The headline
 * ends before the body's first sentence-final `다.`, so every word boundary in
 * that first sentence is a candidate. Each candidate is scored on two sides:
 *  - the body side: does the text after it open like a news lead (a subject
 *    noun phrase with 은/는/이/가, often followed by a date)?
 *  - the headline side: does the text before it end like a headline (a verbal
 *    noun such as 추진/공개, a closing quote, a subhead's connective ending)
 *    and not like running prose (a particle, a comma, a modifier, a `-다`)?
 * The best candidate wins only if it clearly beats reading the line as body
 * from the first word. Before the headline there may be a preface: a wire
 * byline, or intro sentences in the polite register (`…합니다.`) while the
 * body is in the plain news register (`…했다.`). Between headline and body,
 * standalone quotations and connective clauses (`…마련해`) are subheads.
 * Every part is a slice of the line at a single space, so
 * `reassemble(splitArticle(line)) === line` always holds.
 */
import { findBylines, type Byline, type BylineMatch } from './byline';
import { FAMILY_NAMES, ORGANIZATION_HEAD, TIME_AFTER_SUBJECT } from './lexicon';
import { analyzeWord, isBare, looksLikePersonalName, type WordShape } from './morph';
import { isCompleteSentence, sentenceRegister, sentenceSpans } from './sentences';
import { deriveTitle } from './title';
import { protectedMask, type Span } from './text';

export interface ArticleParts {
  /** A series intro before the headline (`[주간 디지털 브리핑] 한 주 동안 …합니다.`). */
  preface?: string;
  /** A bracket label that opens the headline (`[단독]`, `<인터뷰>`): a badge, not part of the title. */
  label?: string;
  title: string;
  /** True when the line had no headline and `title` was cut from the lead (and left in the body). */
  titleDerived: boolean;
  /** Subheads between the headline and the body. */
  deck: string[];
  /** A wire dateline/byline, shown as metadata, never in the title or body. */
  byline?: Byline;
  /** True when the byline opened the line, before any headline. */
  bylineFirst?: boolean;
  body: string;
  /** True when the body does not end with a complete sentence. */
  truncated: boolean;
}

/** Joins the parts back into the line they came from. */
export function reassemble(parts: ArticleParts): string {
  const pieces: string[] = [];
  if (parts.byline && parts.bylineFirst) pieces.push(parts.byline.text);
  if (parts.preface !== undefined) pieces.push(parts.preface);
  if (parts.label !== undefined) pieces.push(parts.label);
  if (!parts.titleDerived) pieces.push(parts.title);
  pieces.push(...parts.deck);
  if (parts.byline && !parts.bylineFirst) pieces.push(parts.byline.text);
  pieces.push(parts.body);
  return pieces.join(' ');
}

interface Unit extends Span {
  shape: WordShape;
}

/** Only the start of a line can hold a headline; analysing more is wasted work on long lines. */
const ANALYSIS_WINDOW = 2000;
/** Headline plus deck rarely exceed this; lead sentences past it are body. */
const MAX_ZONE_CHARS = 300;
const MAX_PREFACE_CHARS = 800;
const MAX_PREFACE_SENTENCES = 6;
/** Minimum score for a headline, and its required margin over "no headline". */
const THRESHOLD = 4;
const MARGIN = 1;
/** Words allowed before the subject in a lead's noun phrase (`배경훈 부총리 겸 과기정통부 장관이`). */
const MAX_SUBJECT_MODIFIERS = 5;
/** Words allowed before the subject when a relative clause precedes it. */
const MAX_CLAUSE_WORDS = 9;
/** A verbless opening sentence (`… 고구마 밭.`) is at most this many words, and counts this much. */
const MAX_NOMINAL_WORDS = 8;
const NOMINAL_LEAD = 2;
/** Class nouns that introduce a name in apposition (`보안 전문기업 안랩은`). */
const APPOSITION_HEAD = /(?:기업|업체|스타트업|회사|기관|단체|브랜드|개발사|제조사|운영사|법인|자회사|계열사)$/u;
/** Words that continue a noun phrase rather than start a subhead (`성공 등`, `획득 및`). */
const NOT_PHRASE_START = /^(?:등|및|또는|과|와|이하|이상|중|간)$/u;

/** A bracket label opening the headline: `[단독]`, `<인터뷰>`, `【속보】`, `[포토]`. */
const LABEL = /^[[［【〈<《][^\][［］【】〈〉<>《》=]{1,12}[\]］】〉>》](?= )/u;

/** Words separated by spaces that are not inside quotes or brackets. */
function buildUnits(line: string): Unit[] {
  let limit = line.length;
  if (limit > ANALYSIS_WINDOW) {
    const space = line.lastIndexOf(' ', ANALYSIS_WINDOW);
    limit = space > 0 ? space : ANALYSIS_WINDOW;
  }
  const text = line.slice(0, limit);
  const mask = protectedMask(text);
  const units: Unit[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && (text[i] !== ' ' || mask[i] === 1)) continue;
    if (i > start) units.push(lazyUnit(text, start, i));
    start = i + 1;
  }
  return units;
}

/** A unit whose word shape is analysed only when the scorer first looks at it. */
function lazyUnit(text: string, start: number, end: number): Unit {
  let shape: WordShape | undefined;
  return {
    start,
    end,
    get shape() {
      return (shape ??= analyzeWord(text.slice(start, end)));
    },
  };
}

function shapeAt(units: readonly Unit[], i: number): WordShape | undefined {
  return units[i]?.shape;
}

/** Words that may precede the subject inside its noun phrase: names, modifiers, `A와 B는`, dates. */
function isSubjectModifier(w: WordShape): boolean {
  if (w.text === '=' || /(?:기자|특파원)[\])）】]?$/u.test(w.text)) return false; // a byline, not part of the lead
  if (isBare(w)) return true;
  if (w.particle === 'conjunctive') return true;
  return w.comma && w.text.length <= 12 && w.particle === null && !w.connective;
}

/** Words inside a relative clause before a subject: arguments with their particles, and the adnominal verb. */
function isClauseWord(w: WordShape): boolean {
  if (w.comma || w.finite || w.quotative || w.ellipsis || w.connective) return false;
  return w.adnominal || (w.particle !== null && w.particle !== 'topic' && w.particle !== 'subject');
}

interface Lead {
  score: number;
  /** Index of the subject word, or -1 when the lead has none. */
  subject: number;
}

/** How much the text starting at unit `b` reads like the opening of a news lead. */
function leadScore(units: readonly Unit[], b: number): Lead {
  const first = shapeAt(units, b);
  if (!first) return { score: 0, subject: -1 };
  // Past the plain noun phrase, a relative clause may precede the subject
  // (`물 위를 나는 배로 불리는 위그선(WIG)이`): a weaker but real lead.
  let clause = false;
  let inner: Lead | undefined;
  for (let s = b; s < units.length && s <= b + (clause ? MAX_CLAUSE_WORDS : MAX_SUBJECT_MODIFIERS); s++) {
    const w = units[s]?.shape as WordShape;
    if (w.terminal) break; // `…결과는?` ends a sentence; it cannot open the body
    if (/(?:…|\.{2,})\S/u.test(w.text)) break; // `승인…요금`: two headline halves, not prose
    if (w.particle === 'topic' || w.particle === 'subject') {
      let score = w.particle === 'topic' ? 3 : 2;
      if (w.organization || w.personTitle) score += 1;
      const next = shapeAt(units, s + 1);
      if (next && TIME_AFTER_SUBJECT.test(next.text)) score += 1.5;
      // `연구진이 개발한 …`: a subject inside a relative clause is not the lead's subject.
      if (next && next.adnominal) score -= 2.5;
      const modifiers = s - b;
      score -= 0.3 * modifiers;
      if (clause) score -= 1;
      if (w.personTitle && modifiers >= 1 && looksLikePersonalName(first.text, FAMILY_NAMES)) score += 1;
      if (first.leadOpener) score += 0.5;
      // `… 3사와 한국전자통신연구원이 참여한 6G 시험망이`: a subject inside a relative clause; the
      // lead's own subject may follow the clause's head noun, so look on and keep the better reading.
      if (next && next.adnominal && !inner) {
        inner = { score, subject: s };
        clause = true;
        continue;
      }
      return inner && inner.score > score ? inner : { score, subject: s };
    }
    if (isSubjectModifier(w)) continue;
    if (!isClauseWord(w)) break;
    clause = true;
  }
  if (inner) return inner;
  // `지난 3일 …`, `한편 …`, `SK텔레콤의 …`: a time, a transition or an organisation's genitive also opens leads.
  const opener = first.leadOpener || (first.particle === 'genitive' && first.organization);
  if (opener) return { score: 1.5, subject: -1 };
  return { score: opensWithNominalSentence(units, b) ? NOMINAL_LEAD : 0, subject: -1 };
}

/**
 * Features often open on a scene in a verbless sentence (`전남 해남군 화산면의
 * 한 고구마 밭.`): a few words whose last is a noun closed by a full stop.
 */
function opensWithNominalSentence(units: readonly Unit[], b: number): boolean {
  for (let k = b; k < units.length && k < b + MAX_NOMINAL_WORDS; k++) {
    const w = (units[k] as Unit).shape;
    if (w.finite || w.connective || w.quotative || w.terminal || w.adnominal) return false;
    if (/[^.]\.$/u.test(w.text)) return k > b && w.particle === null && !w.prose;
  }
  return false;
}

/** How much units [z0, b) read like a headline (plus deck) that ends at b. */
function zoneScore(units: readonly Unit[], z0: number, b: number): number {
  const startUnit = units[z0] as Unit;
  const endUnit = units[b - 1] as Unit;
  const end = endUnit.shape;
  let score = 0;
  if (end.text === '=' || /(?:기자|특파원)[\])）】]$/u.test(end.text)) score += 1.5; // a byline closes the heading
  else if (end.quoteClose) score += 3;
  else if (end.terminal) score += 2.5;
  else if (end.ellipsis) score += 2;
  else if (end.comma) score -= 5;
  else if (end.headlineFinal) score += 3;
  else if (end.connective) score += 2.5;
  else if (end.particle !== null || end.adnominal || end.quotative) score -= 3;
  // `…전력 사용량 20% 줄였다`: prose ends its sentences with `다.`; a bare `-다` before a space is a headline's.
  else if (end.finite) score += FINITE_HEADLINE_END;
  else if (end.bracketTag) score -= 2;
  else score += 0.5; // a bare noun, name or number

  const length = endUnit.end - startUnit.start;
  if (length < 6) score -= 4;
  if (length > 110) score -= (length - 110) / 40;

  let topic = false;
  let finite = 0;
  let prose = 0;
  let joined = false;
  let labelled = false;
  for (let k = z0; k < b; k++) {
    const w = units[k]?.shape as WordShape;
    if (w.particle === 'topic' && !w.terminal) topic = true;
    if ((w.finite && k < b - 1) || w.quotative) finite++; // a `-다` that ends the heading is its last word, not prose inside it
    if (w.particle !== null || w.adnominal) prose++;
    // `추진…"인용"`, `선정...개인별`: an ellipsis joining two headline halves.
    if (/(?:…|\.{2,})\S/u.test(w.text) || (k < b - 1 && w.ellipsis)) joined = true;
    // `과기정통부, …`: a short label before a comma opens many headlines.
    if (k < b - 1 && w.comma && w.text.length <= 25) labelled = true;
  }
  if (topic) score -= 2;
  // Headlines are terse noun strings; a run of particles and modifiers is running prose.
  score -= Math.max(0, prose - 2) * 0.75;
  score -= Math.min(3, 1.5 * finite);
  if (joined) score += 1;
  if (labelled) score += 1;
  if (startUnit.shape.bracketTag) score += 1;
  // `A, B, C 등 통신 | 3사가`: a boundary right after a list is inside a noun phrase.
  for (let k = Math.max(z0, b - 3); k < b - 1; k++) {
    const w = units[k]?.shape as WordShape;
    if (w.comma || w.text === '등' || w.text === '및') {
      score -= 1.5;
      break;
    }
  }
  return score;
}

/**
 * How many words on each side of a boundary are weighed for prose against
 * terse heading style, and how much the contrast counts.
 */
const DENSITY_WINDOW = 6;
const FINITE_HEADLINE_END = 2;
const DENSITY_WEIGHT = 2;
const DENSITY_FULL_UNITS = 5;

/** Share of units in [from, to) whose dictionary analysis holds a particle or verb ending. */
function proseShare(units: readonly Unit[], from: number, to: number): number {
  const end = Math.min(to, units.length);
  if (end <= from) return 0;
  let prose = 0;
  for (let k = from; k < end; k++) if ((units[k] as Unit).shape.prose) prose++;
  return prose / (end - from);
}

interface Headline {
  /** Unit index where the body starts. */
  body: number;
  score: number;
}

/**
 * Best headline/body boundary for a headline starting at unit `z0`, with the
 * body starting before character `regionEnd` (the end of the lead sentence).
 */
function findHeadline(
  line: string,
  units: readonly Unit[],
  z0: number,
  regionEnd: number,
  /** A label (`[단독]`) promises a headline: take the best boundary even when it is not clear. */
  labelled = false,
): Headline | null {
  const zoneStart = units[z0]?.start;
  if (zoneStart === undefined) return null;
  let best: Headline | null = null;
  for (let b = z0 + 2; b < units.length; b++) {
    const unit = units[b] as Unit;
    if (unit.start >= regionEnd || unit.start - zoneStart > MAX_ZONE_CHARS + 1) break;
    const lead = leadScore(units, b);
    let score = lead.score + zoneScore(units, z0, b);
    if (lead.score <= 0) score -= 1; // nothing lead-like: less sure the body starts here
    const subject = units[lead.subject]?.shape;
    const before = units[b - 1]?.shape as WordShape;
    // A heading with no punctuation at all, running straight into the lead, is more likely the
    // lead's own noun phrase than a headline (`국가 연구개발 사업 평가 | 제도가`).
    const plainRun = !/[,，…"'“”‘’?!·]|\.{2,}/u.test(line.slice(zoneStart, unit.start));
    if (subject && isBare(before)) {
      // `과기정통부 | 장관은`: never split an organisation from the title that follows it.
      if (subject.personTitle && lead.subject === b) score -= before.organization || /[)）]$/u.test(before.text) ? 3 : 1.5;
      // `국가 연구개발 | 사업 평가 제도가`: nouns running into a common-noun subject form one
      // compound, whereas a named organisation after a headline is the classic lead.
      else if (!subject.organization && !subject.personTitle) score -= plainRun ? 3 : 1.5;
      // `팹리스 기업 | 퓨리오사AI는`: a class noun right before a name is an apposition.
      if (lead.subject === b && APPOSITION_HEAD.test(before.text)) score -= 2.5;
      // `반도체 팹리스 | 기업 퓨리오사AI는`: cutting a plain run of nouns at an arbitrary point.
      if (lead.subject > b && !before.headlineFinal) score -= plainRun ? 2.5 : 1;
      // `… 수소 전기 트램, … | 수소 전기 | 트램이`: the lead repeats a noun phrase of the
      // headline, and this cut would split it.
      const phrase = `${before.stem} ${subject.stem}`;
      if (lead.subject === b && line.slice(zoneStart, (units[b - 1] as Unit).start).includes(phrase)) score -= 2;
      // `대학과 바이오 | 기업이`: the second half of a coordination runs on into its head noun.
      const beforeThat = units[b - 2]?.shape;
      if (b - 2 >= z0 && beforeThat && (beforeThat.particle === 'conjunctive' || beforeThat.text === '및')) score -= 3;
    }
    // The body's subject named in the headline too (`네이버클라우드, … 네이버클라우드가`).
    if (subject && subject.stem.length >= 2 && line.slice(zoneStart, unit.start).includes(subject.stem)) score += 1;
    // Prose after the boundary against the heading's terse style before it; a heading of a few
    // words says little about its style.
    const contrast = proseShare(units, b, b + DENSITY_WINDOW) - proseShare(units, Math.max(z0, b - DENSITY_WINDOW), b);
    score += DENSITY_WEIGHT * Math.min(1, (b - z0) / DENSITY_FULL_UNITS) * contrast;
    if (!best || score > best.score) best = { body: b, score };
  }
  if (!best) return null;
  if (labelled) return best;
  const base = leadScore(units, z0).score;
  return best.score >= THRESHOLD && best.score >= base + MARGIN ? best : null;
}

interface ZoneSplit {
  /** Unit index one past the title's last unit. */
  titleEnd: number;
  /** Deck items as unit ranges [from, to). */
  deck: [number, number][];
}

/**
 * Divides the headline zone into the title and subheads. Subheads follow the
 * title as standalone quotations or as clauses ending in a connective
 * (`…인정받아`, `…마련해`).
 */
function splitZone(line: string, units: readonly Unit[], z0: number, zoneEnd: number): ZoneSplit {
  const shape = (i: number) => units[i]?.shape as WordShape;
  const zEnd = zoneEnd;
  const starts: number[] = [z0];
  const connectives: number[] = [];
  for (let k = z0; k < zEnd; k++) if (shape(k).connective) connectives.push(k);

  for (let k = z0 + 1; k < zEnd; k++) {
    const pieceStart = starts[starts.length - 1] as number;
    const prev = shape(k - 1);
    // After a connective, when the next piece is another connective clause (line-by-line subheads).
    if (prev.connective && k - pieceStart >= 2 && connectives.some((c) => c >= k + 1 && c < zEnd)) {
      if (k !== pieceStart) starts.push(k);
      continue;
    }
    const cur = shape(k);
    // `…시범 운행 시작 | 국토부, 정류장 없는 …`: after a finished headline, a subhead opens
    // with its own subject, an organisation followed by a comma or standing first.
    if (startsSubhead(line, units, z0, pieceStart, k, zEnd)) {
      starts.push(k);
      continue;
    }
    // A standalone quoted remark (double quotes, a few words) after a finished headline is a
    // subhead; after `…` or `,`, or a short 'term' in single quotes, it is part of the title.
    if (
      cur.quoteWhole &&
      /^["“]/u.test(cur.text) &&
      cur.text.split(' ').length >= 3 &&
      k - pieceStart >= 2 &&
      (prev.headlineFinal || prev.quoteClose || prev.connective) &&
      !prev.ellipsis &&
      !prev.comma &&
      (zEnd - (k + 1) === 0 || zEnd - (k + 1) >= 2)
    ) {
      starts.push(k);
      if (k + 1 < zEnd) starts.push(k + 1);
      k++;
    }
  }

  // A title piece that runs into a connective clause still holds the title and a subhead.
  const firstEnd = starts[1] ?? zEnd;
  const pieces: [number, number][] = [];
  const lastOfFirst = shape(firstEnd - 1);
  const firstChars = (units[firstEnd - 1] as Unit).end - (units[z0] as Unit).start;
  const inner = connectives.find((c) => c > z0 && c < firstEnd);
  if (inner !== undefined && (lastOfFirst.connective || firstChars > 50)) {
    for (let i = z0 + 1; i <= inner - 2; i++) {
      const w = shape(i);
      const titleChars = (units[i] as Unit).end - (units[z0] as Unit).start;
      if ((w.headlineFinal || w.quoteClose) && !w.comma && titleChars >= 12 && !NOT_PHRASE_START.test(shape(i + 1).text)) {
        pieces.push([z0, i + 1], [i + 1, firstEnd]);
        break;
      }
    }
  }
  if (pieces.length === 0) pieces.push([z0, firstEnd]);
  for (let p = 1; p < starts.length; p++) pieces.push([starts[p] as number, starts[p + 1] ?? zEnd]);

  // A one-word subhead is more likely the tail of the piece before it.
  const merged: [number, number][] = [];
  for (const piece of pieces) {
    const prev = merged[merged.length - 1];
    const single = piece[1] - piece[0] < 2 && !shape(piece[0]).quoteWhole;
    if (prev && single) prev[1] = piece[1];
    else merged.push([piece[0], piece[1]]);
  }
  const [title, ...deck] = merged as [[number, number], ...[number, number][]];
  return { titleEnd: title[1], deck };
}

/** Shortest title and subhead on either side of a subhead boundary, in characters. */
const MIN_TITLE_CHARS = 12;
/** Words a subhead's subject may take before its comma (`표준연·KAIST 공동 연구팀,`). */
const SUBHEAD_SUBJECT_WORDS = 3;
const MIN_SUBHEAD_CHARS = 10;

/**
 * True when unit `k` opens a subhead after a complete headline piece
 * [pieceStart, k): the piece ends like a headline (a headline noun, a closing
 * quote, a plain `-다` without a period) and the next words name an
 * organisation as the subhead's subject (`국토부, …`, `한전·에너지연 컨소시엄, …`,
 * `문체부·과기정통부 합동 지침 발표`).
 */
function startsSubhead(line: string, units: readonly Unit[], titleStart: number, pieceStart: number, k: number, zEnd: number): boolean {
  const prev = units[k - 1]?.shape as WordShape;
  const cur = units[k]?.shape as WordShape;
  if (prev.comma || prev.ellipsis) return false;
  const finished = prev.headlineFinal || prev.quoteClose || prev.finite;
  // `허가 | 임박…산업부`: a word that joins two headline halves with an ellipsis continues the title.
  if (/…|\.{2,}/u.test(cur.text)) return false;
  const titleChars = (units[k - 1] as Unit).end - (units[pieceStart] as Unit).start;
  const restChars = (units[zEnd - 1] as Unit).end - (units[k] as Unit).start;
  if (titleChars < MIN_TITLE_CHARS || restChars < MIN_SUBHEAD_CHARS) return false;
  // `국토부, …` / `한전·에너지연 컨소시엄, …` / `표준연·KAIST 공동 연구팀, …`: an organisation
  // and a comma, after at most two bare words, open the subhead after a finished headline piece.
  // Right after the title, an organisation with its comma is enough (`…30원 인상 | 환경부, …`).
  if (cur.comma && cur.organization && cur.particle === null && (finished || (isBare(prev) && pieceStart === titleStart))) return true;
  if (finished) {
    for (let j = k; j < Math.min(k + SUBHEAD_SUBJECT_WORDS, zEnd - 1); j++) {
      const w = (units[j] as Unit).shape;
      if (w.comma) {
        if (w.organization && w.particle === null) return true;
        break;
      }
      if (!isBare(w)) break;
    }
  }
  if (!finished) return false;
  // `… 개정 추진 | 문체부·과기정통부 합동 지침 발표`: without a comma, only after a headline that
  // already has its two halves, and only for a name with an organisation's head noun.
  const title = line.slice((units[pieceStart] as Unit).start, (units[k - 1] as Unit).end);
  return isBare(cur) && ORGANIZATION_HEAD.test(cur.stem) && /[…,]|\.{2,}/u.test(title);
}

/** Headline-like sentences ending in `?`/`!` that may open the headline (`AI가 일자리 뺏을까? …`). */
function isHeadlineQuestion(sentence: string): boolean {
  return sentence.length <= 80 && /[?!？！]["'”’]*$/u.test(sentence) && sentenceRegister(sentence) === 'other';
}

function unitStartingAt(units: readonly Unit[], pos: number): number {
  return units.findIndex((u) => u.start === pos);
}

function derived(line: string): ArticleParts {
  return {
    title: deriveTitle(line),
    titleDerived: true,
    deck: [],
    body: line,
    truncated: line.length > 0 && !isCompleteSentence(line),
  };
}

/** Where the heading (label, headline, deck) starts and where its body starts, in units. */
interface Heading {
  z0: number;
  /** Unit index one past the heading. */
  zoneEnd: number;
  /** Unit index where the body starts (after a byline between heading and body). */
  body: number;
  byline?: BylineMatch;
}

/**
 * A byline right after a heading marks where the heading ends: `제목 (세종=뉴스온) 김민지 기자 = 본문`.
 * Only within the heading's reach, and only when no sentence of the body came before it.
 */
function headingClosedByByline(line: string, units: readonly Unit[], z0: number): Heading | null {
  const zoneStart = (units[z0] as Unit).start;
  for (const byline of findBylines(line, zoneStart + 1, zoneStart + MAX_ZONE_CHARS + 1)) {
    const heading = line.slice(zoneStart, byline.start - 1);
    if (heading.length < 6 || sentenceSpans(heading).some((s) => sentenceRegister(heading.slice(s.start, s.end)) === 'plain')) {
      return null;
    }
    const zoneEnd = unitStartingAt(units, byline.start);
    const body = unitStartingAt(units, byline.end + 1);
    if (zoneEnd <= z0 || body < 0) return null;
    return { z0, zoneEnd, body, byline };
  }
  return null;
}

/** Splits a cleaned seed line (NFC, single spaces, trimmed) into its parts. */
export function splitArticle(line: string): ArticleParts {
  if (line.length === 0) return derived(line);
  const spans = sentenceSpans(line);
  const units = buildUnits(line);
  const sentence = (i: number) => {
    const s = spans[i] as Span;
    return line.slice(s.start, s.end);
  };

  // A wire byline at the very start is set aside.
  const opening = findBylines(line, 0, 1)[0];
  const leadByline = opening && opening.start === 0 && opening.end < line.length ? opening : undefined;
  const start = leadByline ? unitStartingAt(units, leadByline.end + 1) : 0;
  const withLeadByline = (parts: ArticleParts): ArticleParts =>
    leadByline ? { ...parts, byline: bylineOf(leadByline), bylineFirst: true } : parts;

  let found: Heading | null = null;
  if (start >= 0) {
    // One byline per article: after a leading one, a second is left where it stands.
    if (!leadByline) found = headingClosedByByline(line, units, start);
    // The headline normally opens the line; short question/exclamation sentences may be part of it.
    let head = 0;
    while (head < Math.min(2, spans.length - 1) && isHeadlineQuestion(sentence(head))) head++;
    const direct = found ? null : findHeadline(line, units, start, (spans[head] as Span).end, hasLabel(line, units, start));
    if (direct) found = { z0: start, zoneEnd: direct.body, body: direct.body };
  }
  if (!found && leadByline) {
    const rest = line.slice(leadByline.end + 1);
    return withLeadByline(derived(rest));
  }

  // Otherwise look for a preface: intro sentences in the polite register (`…합니다.`)
  // before a headline, with the body back in the plain news register (`…했다.`).
  if (!found) {
    let polite = false;
    for (let k = 1; k < spans.length && k <= MAX_PREFACE_SENTENCES; k++) {
      const previous = sentence(k - 1);
      const register = sentenceRegister(previous);
      if (!isCompleteSentence(previous) || register === 'plain') break;
      if (register === 'polite') polite = true;
      const span = spans[k] as Span;
      if (span.start > MAX_PREFACE_CHARS) break;
      if (!polite) continue;
      const z0 = unitStartingAt(units, span.start);
      if (z0 < 0) break;
      const closed = leadByline ? null : headingClosedByByline(line, units, z0);
      if (closed) {
        found = closed;
        break;
      }
      // A series intro that opens with the series' name in brackets is always followed by a headline.
      const series = /^[[［【〈<《]/u.test(line.slice((units[start] as Unit).start));
      const headline = findHeadline(line, units, z0, span.end, series || hasLabel(line, units, z0));
      if (!headline) continue;
      const bodyLead = line.slice((units[headline.body] as Unit).start, span.end);
      if (isCompleteSentence(bodyLead) && sentenceRegister(bodyLead) === 'polite') continue;
      found = { z0, zoneEnd: headline.body, body: headline.body };
      break;
    }
  }

  if (!found) return derived(line);

  const { z0 } = found;
  // A leading label is a badge of its own; the title starts after it.
  const labelled = hasLabel(line, units, z0) && found.zoneEnd - z0 >= 3;
  const titleStart = labelled ? z0 + 1 : z0;
  const zone = splitZone(line, units, titleStart, found.zoneEnd);
  // Each part runs up to the space before the next part, so the parts rejoin exactly.
  const startOf = (unit: number) => (unit === 0 ? 0 : (units[unit] as Unit).start);
  const slice = (from: number, to: number) => line.slice(startOf(from), startOf(to) - 1);
  const body = line.slice(startOf(found.body));
  const parts: ArticleParts = {
    title: slice(titleStart, zone.titleEnd),
    titleDerived: false,
    deck: zone.deck.map(([from, to]) => slice(from, to)),
    body,
    truncated: !isCompleteSentence(body),
  };
  if (labelled) parts.label = slice(z0, titleStart);
  if (found.byline) parts.byline = bylineOf(found.byline);
  if (z0 > start) parts.preface = line.slice(startOf(start), startOf(z0) - 1);
  return withLeadByline(parts);
}

/**
 * A bracket at the heading's start is a label unless a polite-register sentence
 * follows it: then it names a series (`[편집자주] 매주 … 전해드립니다.`) whose intro comes first.
 */
function hasLabel(line: string, units: readonly Unit[], z0: number): boolean {
  const unit = units[z0];
  if (unit === undefined || !LABEL.test(line.slice(unit.start, unit.end + 1))) return false;
  const rest = line.slice(unit.end + 1);
  const first = sentenceSpans(rest)[0];
  const sentence = first ? rest.slice(first.start, first.end) : rest;
  // An intro speaks in its own voice; a polite sentence inside a quotation is the body's.
  return !(isCompleteSentence(sentence) && sentenceRegister(sentence) === 'polite' && !/["“”'‘’]/u.test(sentence));
}

function bylineOf(match: BylineMatch): Byline {
  const { start: _start, end: _end, ...byline } = match;
  return byline;
}
