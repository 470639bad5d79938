/**
 * Wire datelines and bylines: `(세종=뉴스온) 김민지 기자 =`, `[서울=뉴시스] 김철수 기자 =`,
 * `[이데일리테크 박준호 기자]`, `(서울=연합뉴스)`, `김철수 기자 =`. They stand at
 * the very start of a line or between the heading and the body, and belong to
 * neither: the article shows them as metadata.
 */
import type { Byline } from '../article-schema';
import type { Span } from './text';

export type { Byline };

const NAME = '[가-힣]{2,4}';
const ROLE = '(?:선임기자|객원기자|기자|특파원|통신원|논설위원|편집위원|에디터)';
const REPORTER = `${NAME} ?${ROLE}(?: ?[·,] ?${NAME} ?${ROLE})*`;
const OPEN = '[\\[(（【]';
const CLOSE = '[\\])）】]';
const INNER = '[^\\[\\]()（）【】=]';

/** `(세종=뉴스온)` optionally followed by `김민지 기자 =`. */
const DATELINE = `${OPEN}(${INNER}{1,12})=(${INNER}{1,20})${CLOSE}(?: (${REPORTER}) ?=)?`;
/** `[이데일리테크 박준호 기자]`, `[너울테크=윤도하 기자]`. */
const BRACKETED = `${OPEN}(${INNER}{1,24}?)[ =]?(${REPORTER})${CLOSE}`;
/** `김철수 기자 =`. */
const BARE = `(${REPORTER}) ?=`;

const ANY = new RegExp(`(?:${DATELINE})|(?:${BRACKETED})|(?:${BARE})`, 'gu');

export interface BylineMatch extends Byline, Span {}

function toByline(m: RegExpExecArray): BylineMatch {
  const [text, place, outlet, datelineReporter, bracketOutlet, bracketReporter, bareReporter] = m;
  const byline: BylineMatch = { text, start: m.index, end: m.index + text.length };
  const reporter = datelineReporter ?? bracketReporter ?? bareReporter;
  const source = outlet ?? bracketOutlet;
  if (place) byline.place = place.trim();
  if (source?.trim()) byline.outlet = source.trim();
  if (reporter) byline.reporter = reporter.trim();
  return byline;
}

/**
 * Bylines in `text` that stand as words of their own (a space or the text's
 * edge on both sides), from `from` on, in order.
 */
export function findBylines(text: string, from = 0, limit = text.length): BylineMatch[] {
  const out: BylineMatch[] = [];
  ANY.lastIndex = from;
  for (let m = ANY.exec(text); m !== null && m.index < limit; m = ANY.exec(text)) {
    const before = m.index === 0 ? ' ' : text[m.index - 1];
    const after = text[m.index + m[0].length] ?? ' ';
    if (before === ' ' && after === ' ') out.push(toByline(m));
  }
  return out;
}

/** Parses a byline as written (for corrections and the schema). */
export function parseByline(text: string): Byline {
  const m = findBylines(text)[0];
  if (!m || m.start !== 0 || m.end !== text.length) return { text };
  const { start: _start, end: _end, ...byline } = m;
  return byline;
}
