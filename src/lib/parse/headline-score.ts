/**
 * Finds where the headline ends. The headline ends before the body's first
 * sentence-final `다.`, so every word boundary in that first sentence is a
 * candidate, scored on two sides:
 *  - the body side (`lead-score.ts`): does the text after it open like a
 *    news lead?
 *  - the headline side (`zoneScore`): does the text before it end like a
 *    headline (a verbal noun such as 추진/공개, a closing quote, a subhead's
 *    connective ending) and not like running prose (a particle, a comma, a
 *    modifier, a `-다`)?
 * The best candidate wins only if it clearly beats reading the line as body
 * from the first word.
 */
import { echoScores } from './echo';
import { ORGANIZATION_HEAD, POSTPOSITIONAL_VERBS, TIMING_CODAS } from './lexicon';
import { leadScore, restatedLeads } from './lead-score';
import { isBare, type WordShape } from './morph';
import type { Unit } from './word-units';

/** Headline plus deck rarely exceed this; lead sentences past it are body. */
export const MAX_ZONE_CHARS = 300;
/** Minimum score for a headline, and its required margin over "no headline". */
const THRESHOLD = 4;
const MARGIN = 1;
/** A lead restating the headline's subject after a relative clause (`lead-score.ts`). */
const RESTATED_LEAD = 3;
/** What it is worth that every noun before the cut comes back in the lead after it (`echo.ts`). */
const ECHO_WEIGHT = 3;
/** A cut before a postpositional verb (`통해`) or through a noun phrase the lead writes again. */
const POSTPOSITION_CUT = 3;
const REPEATED_PHRASE_CUT = 2;
const CLASS_NOUN_CUT = 2.5;
/** Class nouns that introduce a name in apposition (`보안 전문기업 안랩은`). */
const APPOSITION_HEAD = /(?:기업|업체|스타트업|회사|기관|단체|브랜드|개발사|제조사|운영사|법인|자회사|계열사)$/u;

/**
 * How many words on each side of a boundary are weighed for prose against
 * terse heading style, and how much the contrast counts.
 */
const DENSITY_WINDOW = 6;
const DENSITY_WEIGHT = 2;
const DENSITY_FULL_UNITS = 5;
/** What a bare `-다` closing the heading adds: before a space it is a headline's, not prose's. */
const FINITE_HEADLINE_END = 2;
/** What a figure closing the heading adds (`… 두 배`, `… 3조`). */
const FIGURE_END = 1;
/** What a person's title closing the heading after a quotation adds (an interview's headline). */
const PERSON_AFTER_QUOTE = 2;

/** Words a headline's second half, after `…` joins it to the first, runs to before a particle may close it. */
const SECOND_HALF_WORDS = 6;

/** True when one of units [z0, end) closes a quotation. */
function quotedBefore(units: readonly Unit[], z0: number, end: number): boolean {
  for (let k = z0; k < end; k++) if ((units[k] as Unit).shape.quoteClose) return true;
  return false;
}

/** True when units [z0, b) hold a headline whose second half, after a `…` joining it to the first, ends within a few words. */
function secondHalf(units: readonly Unit[], z0: number, b: number): boolean {
  for (let k = b - 1; k >= Math.max(z0, b - SECOND_HALF_WORDS); k--) {
    const w = (units[k] as Unit).shape;
    if (/(?:…|\.{2,})\S/u.test(w.text) || (k < b - 1 && w.ellipsis)) return k > z0;
    if (!isBare(w) && k < b - 1) return false;
  }
  return false;
}

/** How much units [z0, b) read like a headline (plus deck) that ends at b. */
function zoneScore(units: readonly Unit[], z0: number, b: number): number {
  const startUnit = units[z0] as Unit;
  const endUnit = units[b - 1] as Unit;
  const end = endUnit.shape;
  let score = 0;
  /** The heading ends on where or whither (below): that particle closes it and is not prose inside it. */
  let verbless = false;
  if (end.text === '=' || /(?:기자|특파원)[\])）】]$/u.test(end.text)) score += 1.5; // a byline closes the heading
  else if (end.quoteClose) score += 3;
  else if (end.terminal) score += 2.5;
  else if (end.ellipsis) score += 2;
  else if (end.comma) score -= 5;
  else if (end.headlineFinal || end.verbalNoun) score += 3;
  else if (end.connective) score += 2.5;
  // `…협동로봇 200여 종 한자리에`, `…세계 무대로`: a second half may end on where or whither, its verb left out.
  else if ((end.particle === 'locative' || end.particle === 'instrumental') && secondHalf(units, z0, b)) {
    score += 0.5;
    verbless = true;
  }
  // `… 반복 위반 기업엔 가중 처분도`: an action noun with 도 or 까지, its verb left out.
  else if (end.elidedVerb) {
    score += 2.5;
    verbless = true;
  }
  // `"국산 GPU, 3년 안에…" 김하진 누리칩스 대표`: an interview headline quotes its subject, then says who they are.
  else if (end.personTitle && end.particle === null && quotedBefore(units, z0, b - 1)) score += PERSON_AFTER_QUOTE;
  else if (end.particle !== null || end.adnominal || end.quotative) score -= 3;
  // `…전력 사용량 20% 줄였다`: prose ends its sentences with `다.`; a bare `-다` before a space is a headline's.
  else if (end.finite) score += FINITE_HEADLINE_END;
  else if (end.bracketTag) score -= 2;
  // `… 1년 새 두 배`, `… 매출 3조`: a headline may end on its figure.
  else if (endsOnFigure(units, b)) score += FIGURE_END;
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
    if ((w.particle !== null || w.adnominal) && !(verbless && k === b - 1)) prose++;
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

/** Share of units in [from, to) whose dictionary analysis holds a particle or verb ending. */
function proseShare(units: readonly Unit[], from: number, to: number): number {
  const end = Math.min(to, units.length);
  if (end <= from) return 0;
  let prose = 0;
  for (let k = from; k < end; k++) if ((units[k] as Unit).shape.prose) prose++;
  return prose / (end - from);
}

/** An organisation's name rather than a group noun: more than its head (`금융위원회`, not `연구진`), or Latin letters (`KT`). */
function namesOrganization(w: WordShape): boolean {
  if (!w.organization) return false;
  const head = ORGANIZATION_HEAD.exec(w.stem);
  return head === null || head[0].length < w.stem.length;
}

/** True when units [b, subject) are bare nouns that neither name, class nor date the subject. */
function plainNounsBefore(units: readonly Unit[], b: number, subject: number): boolean {
  for (let k = b; k < subject; k++) {
    const w = (units[k] as Unit).shape;
    if (!isBare(w) || w.organization || w.personTitle || w.leadOpener || w.latinOrNumber || APPOSITION_HEAD.test(w.text)) return false;
  }
  return true;
}

/** `93%`, `1,200`, `2만 톤`, `50여 대`: a number, or a short counter right after one. */
function endsOnFigure(units: readonly Unit[], b: number): boolean {
  const w = (units[b - 1] as Unit).shape;
  if (!isBare(w)) return false;
  if (/\d[만억조천]?%?$/u.test(w.text)) return true;
  const previous = units[b - 2]?.shape;
  return previous !== undefined && /^[가-힣]{1,2}$/u.test(w.text) && /(?:\d[만억조천]?여?|^(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열))$/u.test(previous.text);
}

/** A bare noun before b that ends a headline rather than modify what follows: a verbal noun headlines end on, or a figure. */
function closesHeadline(units: readonly Unit[], b: number): boolean {
  return (units[b - 1] as Unit).shape.headlineFinal || endsOnFigure(units, b);
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
export function findHeadline(
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
  const restated = restatedLeads(line, units, z0, regionEnd);
  let leadEnd = z0;
  while (leadEnd < units.length && (units[leadEnd] as Unit).start < regionEnd) leadEnd++;
  const echo = echoScores(units, z0, leadEnd);
  for (let b = z0 + 2; b < units.length; b++) {
    const unit = units[b] as Unit;
    if (unit.start >= regionEnd || unit.start - zoneStart > MAX_ZONE_CHARS + 1) break;
    // A lead restating the headline's subject after a relative clause starts where the clause does;
    // the clause was read back to the deck's last noun, so the noun-run penalties below do not apply.
    const again = restated.find((r) => r.start === b);
    const lead = again ? { score: RESTATED_LEAD, subject: again.subject } : leadScore(units, b);
    let score = lead.score + zoneScore(units, z0, b);
    if (lead.score <= 0) score -= 1; // nothing lead-like: less sure the body starts here
    const subject = units[lead.subject]?.shape;
    const before = units[b - 1]?.shape as WordShape;
    // A heading with no punctuation at all, running straight into the lead, is more likely the
    // lead's own noun phrase than a headline (`국가 연구개발 사업 평가 | 제도가`).
    const plainRun = !/[,，…"'“”‘’?!·]|\.{2,}/u.test(line.slice(zoneStart, unit.start));
    if (subject && isBare(before) && !again && !lead.relative) {
      // `과기정통부 | 장관은`: never split an organisation from the title that follows it.
      if (subject.personTitle && lead.subject === b) score -= before.organization || /[)）]$/u.test(before.text) ? 3 : 1.5;
      // `국가 연구개발 | 사업 평가 제도가`: nouns running into a common-noun subject form one
      // compound, whereas a named organisation after a headline is the classic lead.
      else if (!subject.organization && !subject.personTitle) score -= plainRun ? 3 : 1.5;
      // `국내 | 연구팀이`, `중학생 | 팀이`: a group noun names no one and takes the noun before it
      // as its modifier, unless that noun is where headlines end.
      else if (lead.subject === b && subject.organization && !namesOrganization(subject) && !closesHeadline(units, b)) score -= plainRun ? 3 : 1.5;
      // `팹리스 기업 | 퓨리오사AI는`: a class noun right before a name is an apposition.
      if (lead.subject === b && APPOSITION_HEAD.test(before.text)) score -= 2.5;
      // `반도체 팹리스 | 기업 퓨리오사AI는`: cutting a plain run of nouns at an arbitrary point.
      if (lead.subject > b && !closesHeadline(units, b)) score -= plainRun ? 2.5 : 1;
      // `… 수소 전기 트램, … | 수소 전기 | 트램이`: the lead repeats a noun phrase of the
      // headline, and this cut would split it.
      const phrase = `${before.stem} ${subject.stem}`;
      if (lead.subject === b && line.slice(zoneStart, (units[b - 1] as Unit).start).includes(phrase)) score -= 2;
      // `대학과 바이오 | 기업이`: the second half of a coordination runs on into its head noun.
      const beforeThat = units[b - 2]?.shape;
      if (b - 2 >= z0 && beforeThat && (beforeThat.particle === 'conjunctive' || beforeThat.text === '및')) score -= 3;
    }
    // `… 성과 체험 | 통해 …`: 통해, 위해, 대해 take the noun before them as their object; a lead never opens on one.
    const first = unit.shape;
    if (POSTPOSITIONAL_VERBS.includes(first.text.replace(/[,，]$/u, ''))) score -= POSTPOSITION_CUT;
    // `… 의료영상 분석 | 기업 메디라인을`: a class noun takes the nouns before it as its modifier.
    if (isBare(before) && isBare(first) && APPOSITION_HEAD.test(first.text)) score -= CLASS_NOUN_CUT;
    // `… 부산항 첫 입항 | 눈앞`: a timing noun belongs to the headline it closes.
    if (TIMING_CODAS.includes(first.text)) score -= POSTPOSITION_CUT;
    // `… 독거노인 안부 | 로봇 중학생 팀이 만든 독거노인 안부 로봇이`: the lead writes the two nouns on either
    // side of the cut again as one phrase, so the cut splits that phrase.
    if (isBare(before) && isBare(first) && line.slice(unit.end, regionEnd).includes(`${before.stem} ${first.stem}`)) score -= REPEATED_PHRASE_CUT;
    // `… 개선 명령 | 과학기술정보통신부는`: a lead names an organisation first; plain nouns before
    // the name (other than a class noun in apposition or a time) close the heading instead.
    if (subject && lead.subject > b && namesOrganization(subject) && plainNounsBefore(units, b, lead.subject)) score -= 2;
    // The body's subject named in the headline too (`네이버클라우드, … 네이버클라우드가`).
    if (subject && subject.stem.length >= 2 && line.slice(zoneStart, unit.start).includes(subject.stem)) score += 1;
    // Prose after the boundary against the heading's terse style before it; a heading of a few
    // words says little about its style.
    const contrast = proseShare(units, b, b + DENSITY_WINDOW) - proseShare(units, Math.max(z0, b - DENSITY_WINDOW), b);
    score += DENSITY_WEIGHT * Math.min(1, (b - z0) / DENSITY_FULL_UNITS) * contrast;
    score += ECHO_WEIGHT * (echo[b - z0] ?? 0);
    if (!best || score > best.score) best = { body: b, score };
  }
  if (!best) return null;
  if (labelled) return best;
  const base = leadScore(units, z0).score;
  return best.score >= THRESHOLD && best.score >= base + MARGIN ? best : null;
}
