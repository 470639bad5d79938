/**
 * Query-side normalisation, run in the browser before Pagefind sees the query.
 *
 * Pagefind matches word prefixes, and the index carries the inner parts of
 * compounds (see analyzer.ts), so the query only has to be cut back to its
 * stem: `카카오의` → `카카오`, `Kanana를` → `kanana`, `AI기본법을` → `ai기본법`.
 * Spacing is handled by fallbacks tried when the first search finds little:
 * joined (`무선 충전` → `무선충전`) and split (`디지털배움터` → `디지털 배움터`).
 *
 * Browser-safe: imports only pure modules.
 */
import { stripParticle, isParticle } from './particles';
import type { SynonymIndex } from './synonyms';
import { charLength, isHangulWord, normalizeText, pagefindWordKey, splitPieces, splitRuns } from './word-pieces';
import { HANGUL_SYLLABLE_CLASS } from '../korean/hangul';

export interface QueryPlan {
  /** The input, normalised and trimmed. */
  input: string;
  /** Terms of the main search, in order (joined with spaces for Pagefind). */
  terms: string[];
  /**
   * Alternative term lists, in order:
   *  - `joined`: two neighbouring terms written as one word (`무선 충전` → `무선충전`);
   *  - `runs`: Latin/number and Hangul apart (`ai기본법` → `ai 기본법`);
   *  - `split`: a long Hangul word cut in two anywhere (`디지털배움터` → `디지털 배움터`).
   * The page tries `runs` and a lone `joined` word (looked up exactly) when the
   * main search finds fewer than a few pages, and the guesses — `split`, and
   * `joined` among other terms — only when it found nothing.
   */
  fallbacks: { terms: string[]; kind: FallbackKind }[];
  /** Forms to highlight in excerpts (spacing and case are ignored when matching). */
  highlights: string[];
  /**
   * Words on most pages of the site (common-words.ts), as given in the
   * options: each search leaves them out when it has other terms.
   */
  common: string[];
  /**
   * Hangul pieces as typed whose stem lost an ending that may be part of the
   * word (`인공지능신용평가` → `인공지능신용평`): the segmenter cuts these too
   * (see `betterCut`), so the page loads their vocabulary shards as well.
   */
  unstemmed: string[];
}

export type FallbackKind = 'joined' | 'runs' | 'split' | 'whole' | 'synonym';

export interface PlanOptions {
  /**
   * Cuts a compound term the index does not hold into pieces it does
   * (vocabulary.ts `segmentTerm`); null when the term needs no cut.
   */
  segment?: (term: string) => string[] | null;
  /** The site's common words (ko-search.json `common`). */
  common?: readonly string[];
}

const HANGUL_SYLLABLE = new RegExp(`[${HANGUL_SYLLABLE_CLASS}]`);
const QUOTES = /["'“”‘’「」『』]/g;

/** Stems one query piece (`ai기본법을` → `ai기본법`, `kanana를` → `kanana`, `1673억을` → `1673억`). */
export function stemQueryPiece(piece: string): string {
  const runs = splitRuns(piece);
  const last = runs[runs.length - 1];
  if (!last || last.script !== 'hangul') return piece;
  const head = runs
    .slice(0, -1)
    .map((r) => r.text)
    .join('');
  if (head && isParticle(last.text)) return head;
  const afterNumber = /\d$/.test(head);
  return head + stripParticle(last.text, { minStem: afterNumber ? 1 : 2 }).stem;
}

/**
 * Of a stem's cut and the cut of the piece as typed, the one with fewer
 * pieces, then the one whose shortest piece is longer; the stem's on a tie.
 * A particle cut can be wrong (`평가` is not `평` + `가`), and the wrong stem
 * may then be cut in odd places (`인공지능신` + `용평`) where the typed form
 * is cut cleanly (`인공지능` + `신용평가`).
 */
export function betterCut(stemCut: string[] | null, typedCut: string[] | null): string[] | null {
  if (!stemCut || !typedCut || typedCut.length < 2) return stemCut;
  if (typedCut.length !== stemCut.length) return typedCut.length < stemCut.length ? typedCut : stemCut;
  const shortest = (cut: string[]) => Math.min(...cut.map(charLength));
  return shortest(typedCut) > shortest(stemCut) ? typedCut : stemCut;
}

/**
 * A word's search terms. A piece the synonym list names as it stands is a word,
 * not a stem with a particle: `에이아이` keeps its `이` (stemmed it would be
 * `에이아`, which also starts every other `에이아…` word).
 */
function termsOfWord(word: string, known: (piece: string) => boolean): string[] {
  const pieces = splitPieces(word);
  if (pieces.length === 0) return [];
  // Latin/number words are keyed the way Pagefind keys them (`K-AI` → `kai`, `85.3%` → `853`).
  if (pieces.every((p) => !HANGUL_SYLLABLE.test(p))) {
    const key = pagefindWordKey(word);
    return key ? [key] : [];
  }
  return pieces.map((p) => (known(p) ? p : stemQueryPiece(p))).filter(Boolean);
}

const isSingleHangul = (t: string) => isHangulWord(t) && charLength(t) === 1;

export function planQuery(rawInput: string, synonyms?: SynonymIndex, options: PlanOptions = {}): QueryPlan {
  const input = normalizeText(rawInput).replace(QUOTES, ' ').replace(/\s+/g, ' ').trim();
  const known = (piece: string) => synonyms?.keys.has(piece) ?? false;
  let terms = input.split(' ').flatMap((word) => termsOfWord(word, known));
  // A lone unit after a number (`1673억 원`) or a one-syllable word next to real terms adds only noise.
  terms = terms.filter((t, i) => {
    if (!isSingleHangul(t)) return true;
    if (i > 0 && /^\d/.test(terms[i - 1]!)) return false;
    return terms.every((o) => o === t || isSingleHangul(o));
  });
  terms = [...new Set(terms)];
  // The piece as typed beside each stem that dropped a Hangul ending.
  const typedOf = new Map<string, string>();
  for (const piece of input.split(' ').flatMap(splitPieces)) {
    const stem = known(piece) ? piece : stemQueryPiece(piece);
    if (stem !== piece && isHangulWord(piece) && terms.includes(stem)) typedOf.set(stem, piece);
  }
  // A compound the index does not hold is searched as the pieces it does
  // (`재사용발사체` → `재사용 발사체`); the term as typed becomes a fallback.
  const typed = terms;
  const cut = new Map<string, string[]>();
  const { segment } = options;
  if (segment) {
    for (const t of terms) {
      const asTyped = typedOf.get(t);
      const pieces = betterCut(segment(t), asTyped === undefined ? null : segment(asTyped));
      if (pieces && pieces.length > 1) cut.set(t, pieces);
    }
    if (cut.size) terms = [...new Set(terms.flatMap((t) => cut.get(t) ?? [t]))];
  }

  const fallbacks: QueryPlan['fallbacks'] = [];
  const pushVariant = (v: string[], kind: FallbackKind) => {
    if (v.length === 0) return;
    const key = v.join(' ');
    if (key === terms.join(' ')) return;
    if (fallbacks.some((f) => f.terms.join(' ') === key)) return;
    fallbacks.push({ terms: v, kind });
  };
  // Synonyms of a cut piece (`인공지능신용평가` → `ai 신용평가`): the group's first other form only.
  // Every further form is one more search over every index shard (each loads its own word chunks).
  if (cut.size && synonyms) {
    for (const [i, t] of terms.entries()) {
      if (![...cut.values()].some((pieces) => pieces.includes(t))) continue;
      const key = synonyms
        .othersOf(t)
        .map(pagefindWordKey)
        .find((k) => k && k !== t);
      if (key) pushVariant([...terms.slice(0, i), key, ...terms.slice(i + 1)], 'synonym');
    }
  }
  if (cut.size) pushVariant(typed, 'whole');
  // Joined: the text may write as one word what the reader spaced.
  for (let i = 0; i + 1 < terms.length; i++) {
    pushVariant([...terms.slice(0, i), terms[i]! + terms[i + 1]!, ...terms.slice(i + 2)], 'joined');
  }
  // Script runs apart: `ai기본법` → `ai 기본법`.
  const runSplit = terms.flatMap((t) => {
    const runs = splitRuns(t).map((r) => r.text);
    return runs.length > 1 ? runs.filter((r) => charLength(r) >= 2 || /\d/.test(r)) : [t];
  });
  pushVariant(runSplit, 'runs');
  // Long Hangul terms split in two: the text may space what the reader joined.
  terms.forEach((t, i) => {
    if (!isHangulWord(t)) return;
    const syl = [...t];
    const n = syl.length;
    if (n < 4) return;
    const points: number[] = [];
    for (let k = 2; k <= n - 2; k++) points.push(k);
    points.sort((a, b) => Math.abs(a - n / 2) - Math.abs(b - n / 2));
    for (const k of points.slice(0, 3)) {
      pushVariant([...terms.slice(0, i), syl.slice(0, k).join(''), syl.slice(k).join(''), ...terms.slice(i + 1)], 'split');
    }
  });

  const highlights = new Set<string>();
  for (const t of [...terms, ...typed]) {
    highlights.add(t);
    for (const r of splitRuns(t)) if (charLength(r.text) >= 2) highlights.add(r.text);
  }
  if (synonyms) {
    const keys = new Set<string>(terms);
    // The pieces as typed too: a particle cut can be wrong (`엔씨에이아이` is not `엔씨에이아` + `이`).
    for (const word of input.split(' ')) for (const piece of splitPieces(word)) keys.add(piece);
    for (const t of terms) for (const r of splitRuns(t)) keys.add(r.text);
    for (let i = 0; i + 1 < terms.length; i++) keys.add(terms[i]! + terms[i + 1]!);
    keys.add(terms.join(''));
    for (const key of keys) {
      const others = synonyms.othersOf(key);
      if (others.length && !terms.includes(key)) highlights.add(key);
      for (const other of others) highlights.add(other);
    }
  }
  return { input, terms, fallbacks, highlights: [...highlights], common: [...(options.common ?? [])], unstemmed: [...typedOf.values()] };
}
