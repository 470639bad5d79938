/**
 * Where a heading (label, headline, deck) starts and ends, found from the
 * line's marks rather than by scoring: a bracket label that opens it, a wire
 * byline that closes it, and question sentences that may open the headline.
 */
import { findBylines, type BylineMatch } from './byline';
import { MAX_ZONE_CHARS } from './headline-score';
import { isCompleteSentence, sentenceRegister, sentenceSpans } from './sentences';
import { unitStartingAt, type Unit } from './word-units';

/** A bracket label opening the headline: `[단독]`, `<인터뷰>`, `【속보】`, `[포토]`. */
const LABEL = /^[[［【〈<《][^\][［］【】〈〉<>《》=]{1,12}[\]］】〉>》](?= )/u;

/** Where the heading (label, headline, deck) starts and where its body starts, in units. */
export interface Heading {
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
export function headingClosedByByline(line: string, units: readonly Unit[], z0: number): Heading | null {
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

/**
 * A bracket at the heading's start is a label unless a polite-register sentence
 * follows it: then it names a series (`[편집자주] 매주 … 전해드립니다.`) whose intro comes first.
 */
export function hasLabel(line: string, units: readonly Unit[], z0: number): boolean {
  const unit = units[z0];
  if (unit === undefined || !LABEL.test(line.slice(unit.start, unit.end + 1))) return false;
  const rest = line.slice(unit.end + 1);
  const first = sentenceSpans(rest)[0];
  const sentence = first ? rest.slice(first.start, first.end) : rest;
  // An intro speaks in its own voice; a polite sentence inside a quotation is the body's.
  return !(isCompleteSentence(sentence) && sentenceRegister(sentence) === 'polite' && !/["“”'‘’]/u.test(sentence));
}

/** Headline-like sentences ending in `?`/`!` that may open the headline (`AI가 일자리 뺏을까? …`). */
export function isHeadlineQuestion(sentence: string): boolean {
  return sentence.length <= 80 && /[?!？！]["'”’]*$/u.test(sentence) && sentenceRegister(sentence) === 'other';
}
