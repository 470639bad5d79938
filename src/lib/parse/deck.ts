/**
 * Divides a found heading into the title and the subheads (deck) that follow
 * it: standalone quotations, connective clauses (`…마련해`) and clauses that
 * open with an organisation as their subject (`국토부, …`).
 */
import { ORGANIZATION_HEAD } from './lexicon';
import { analyzeWord, isBare, type WordShape } from './morph';
import type { Unit } from './word-units';

/** Words that continue a noun phrase rather than start a subhead (`성공 등`, `획득 및`). */
const NOT_PHRASE_START = /^(?:등|및|또는|과|와|이하|이상|중|간)$/u;

/**
 * A word that continues the phrase before it rather than open a subhead: `등`, `및`, or a
 * verbal noun that closes the headline's first half at its ellipsis (`사업 본격 | 추진…`).
 */
function continuesPhrase(w: WordShape): boolean {
  if (NOT_PHRASE_START.test(w.text)) return true;
  const half = /^([^\s.…]+)(?:…|\.{2,})/u.exec(w.text)?.[1];
  return half !== undefined && analyzeWord(half).headlineFinal;
}

/** Shortest title and subhead on either side of a subhead boundary, in characters. */
const MIN_TITLE_CHARS = 12;
/** Words a subhead's subject may take before its comma (`표준연·KAIST 공동 연구팀,`). */
const SUBHEAD_SUBJECT_WORDS = 3;
const MIN_SUBHEAD_CHARS = 10;

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
export function splitZone(line: string, units: readonly Unit[], z0: number, zoneEnd: number): ZoneSplit {
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
      if ((w.headlineFinal || w.quoteClose) && !w.comma && titleChars >= 12 && !continuesPhrase(shape(i + 1))) {
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
