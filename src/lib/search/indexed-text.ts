/**
 * How an article's text is written into the document Pagefind indexes, so
 * that Pagefind keys each word by what readers search for, and how the search
 * page reads the original text back out of Pagefind's stored content.
 *
 * Pagefind keys a word by its letters and digits, and adds a second key for
 * any word holding punctuation other than ASCII: `‘Ezoi` gives `ezoi` and
 * `‘ezoi`, `세종·제주` gives `세종제주` and `세종·제주`, and `과기정통부는`,
 * `과기정통부가` and `과기정통부와` are three keys. Each key a page holds costs
 * Pagefind memory while it builds the index (about 0.7 KB a key at 10,000
 * pages) and none of these help a query: the search page cuts particles off
 * queries and looks punctuation-separated pieces up one by one (query.ts).
 *
 * So, in the indexed copy only:
 *  - punctuation next to Hangul, and any punctuation other than ASCII, stands
 *    apart as its own word (`세종 ·  제주`); a punctuation-only word gives no
 *    key. ASCII punctuation between Latin letters and digits stays, because
 *    queries key such words whole (`K-AI` → `kai`, `02-552-6270`);
 *  - the particle or ending the query side would cut (`stemQueryPiece`) stands
 *    apart too, written in private-use characters, which are neither letters
 *    nor digits, so it gives no key either: the word is keyed by its stem.
 * GLUE marks each of these cuts on the side of the piece that stands apart,
 * so `decodeIndexedText` joins them back exactly: the excerpts the search
 * page shows are the article's own text.
 *
 * Browser-safe: imports only pure modules.
 */
import { isParticle } from './particles';
import { stemQueryPiece } from './query';
import { isHangulSyllable } from '../korean/hangul';
import { isLetterOrDigit, splitPieces } from './word-pieces';

/** Marks a cut that was not a space in the text (a private-use character; seed text never keeps one, see `stripMarkers`). */
export const GLUE = '\uE000';
/** Hangul syllables of a cut-off particle are shifted into Supplementary Private Use Area-A. */
const PARTICLE_OFFSET = 0xf0000 - 0xac00;
/** Characters this encoding uses, so text that already has them cannot be misread. */
const MARKERS = /[\uE000\u{F0000}-\u{F2BA3}]/gu;

const isAscii = (ch: string) => ch.charCodeAt(0) < 0x80;
const isHangul = (ch: string | undefined) => ch !== undefined && isHangulSyllable(ch);

function hideParticle(particle: string): string {
  let out = GLUE;
  for (const ch of particle) out += String.fromCodePoint(ch.codePointAt(0)! + PARTICLE_OFFSET);
  return out;
}

/** Removes the encoding's own characters from text (they have no business in an article). */
export function stripMarkers(text: string): string {
  return text.replace(MARKERS, '');
}

/** Splits a letter run's particle off: `과기정통부는` → [`과기정통부`, `는`]; `K-AI를` → [`K-AI`, `를`]. */
function splitParticle(segment: string): [string, string] {
  const pieces = splitPieces(segment);
  const last = pieces[pieces.length - 1];
  if (!last) return [segment, ''];
  const stem = stemQueryPiece(last);
  if (stem === last || !last.startsWith(stem)) return [segment, ''];
  const tail = last.slice(stem.length);
  if (!segment.endsWith(tail)) return [segment, ''];
  return [segment.slice(0, segment.length - tail.length), tail];
}

function encodeWord(word: string): string {
  const chars = [...word];
  // Runs of letters/digits and of other characters, in order.
  const runs: { text: string; letters: boolean }[] = [];
  for (const ch of chars) {
    const letters = isLetterOrDigit(ch);
    const last = runs[runs.length - 1];
    if (last && last.letters === letters) last.text += ch;
    else runs.push({ text: ch, letters });
  }
  // A punctuation run stands apart unless it is ASCII between two letter runs with no Hangul
  // next to it (`K-AI`, `R&D`, `85.3`): queries key such words whole.
  const apart = runs.map((run, i) => {
    if (run.letters) return false;
    if (![...run.text].every(isAscii)) return true;
    const before = runs[i - 1]?.text;
    const after = runs[i + 1]?.text;
    return isHangul(before?.[before.length - 1]) || isHangul(after?.[0]) || !before || !after;
  });
  // Group into words: consecutive runs not set apart stay together.
  const groups: { text: string; apart: boolean }[] = [];
  runs.forEach((run, i) => {
    const last = groups[groups.length - 1];
    if (!apart[i] && last && !last.apart) last.text += run.text;
    else groups.push({ text: run.text, apart: apart[i]! });
  });
  const out: string[] = [];
  groups.forEach((group, i) => {
    if (group.apart) {
      out.push((i > 0 ? GLUE : '') + group.text + (i < groups.length - 1 ? GLUE : ''));
      return;
    }
    // A bare particle after punctuation (`(NIPA)이`) stands apart whole.
    const [stem, particle] = i > 0 && groups[i - 1]!.apart && isParticle(group.text) ? ['', group.text] : splitParticle(group.text);
    if (stem) out.push(stem);
    if (particle) out.push(hideParticle(particle));
  });
  return out.join(' ');
}

/** Words repeat across a corpus: encoding each distinct word once took the search-document step at 10,000 pages from 25 s to 19 s. */
const wordCache = new Map<string, string>();
const WORD_CACHE_LIMIT = 200_000;

function encodeWordCached(word: string): string {
  let encoded = wordCache.get(word);
  if (encoded === undefined) {
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(word, (encoded = encodeWord(word)));
  }
  return encoded;
}

/** The text as Pagefind should index it (see the module comment). Words are single-space separated. */
export function encodeIndexedText(text: string): string {
  return stripMarkers(text)
    .split(/\s+/u)
    .filter(Boolean)
    .map(encodeWordCached)
    .join(' ');
}

/** The original text back from Pagefind's stored content (which joins words with single spaces). */
export function decodeIndexedText(content: string): string {
  return content
    .replace(/ ?\uE000 ?/g, '')
    .replace(/[\u{F0000}-\u{F2BA3}]/gu, (ch) => String.fromCodePoint(ch.codePointAt(0)! - PARTICLE_OFFSET));
}
