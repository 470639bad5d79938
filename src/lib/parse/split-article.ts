/**
 * Splits one seed line into preface, headline, subheads (deck) and body.
 *
 * Seed lines glue the headline to the body with no separator, so the
 * headline's end is found by scoring every word boundary of the lead sentence
 * (`headline-score.ts`, `lead-score.ts`), unless a wire byline closes the
 * heading (`heading.ts`). Before the headline there may be a preface: a wire
 * byline, or intro sentences in the polite register (`…합니다.`) while the
 * body is in the plain news register (`…했다.`). Between headline and body,
 * standalone quotations and connective clauses (`…마련해`) are subheads
 * (`deck.ts`). Every part is a slice of the line at a single space, so
 * `reassemble(splitArticle(line)) === line` always holds.
 */
import { findBylines, type Byline, type BylineMatch } from './byline';
import { splitZone } from './deck';
import { hasLabel, headingClosedByByline, isHeadlineQuestion, type Heading } from './heading';
import { findHeadline } from './headline-score';
import { isCompleteSentence, sentenceRegister, sentenceSpans } from './sentences';
import type { Span } from './text';
import { deriveTitle } from './title';
import { buildUnits, unitStartingAt, type Unit } from './word-units';

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

const MAX_PREFACE_CHARS = 800;
const MAX_PREFACE_SENTENCES = 6;

function derived(line: string): ArticleParts {
  return {
    title: deriveTitle(line),
    titleDerived: true,
    deck: [],
    body: line,
    truncated: line.length > 0 && !isCompleteSentence(line),
  };
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

function bylineOf(match: BylineMatch): Byline {
  const { start: _start, end: _end, ...byline } = match;
  return byline;
}
