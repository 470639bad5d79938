/** A word of an article as the index-side analysis sees it: its pieces, their stems and script runs. */
import { isParticle, stripParticle } from './particles';
import { isLetterOrDigit, splitPieces, splitRuns } from './word-pieces';

export interface PieceInfo {
  /** The piece as Pagefind keys it (`ai디지털배움터를`). */
  text: string;
  /** Without the final particle (`ai디지털배움터`). */
  stem: string;
  /** True when a particle/ending was cut from the end. */
  stripped: boolean;
  /** Runs of the stem (`ai`, `디지털배움터`), particle-only runs removed. */
  runs: { text: string; hangul: boolean }[];
}

export interface WordInfo {
  raw: string;
  pieces: PieceInfo[];
  /** The word begins / ends with a letter or digit (so a join across the space is plausible). */
  cleanStart: boolean;
  cleanEnd: boolean;
}

/** A piece's runs with the particle cut off its last Hangul run (`stem` cuts it; after a number any particle goes). */
export function readPieceInfo(piece: string, stem: (run: string) => string): PieceInfo {
  const runs = splitRuns(piece);
  const out: { text: string; hangul: boolean }[] = [];
  let stripped = false;
  runs.forEach((run, index) => {
    const last = index === runs.length - 1;
    if (run.script !== 'hangul') {
      out.push({ text: run.text, hangul: false });
      return;
    }
    const afterOther = index > 0;
    // `Kanana를`, `KT는`: a particle hanging on a Latin word or number.
    if (last && afterOther && isParticle(run.text)) {
      stripped = true;
      return;
    }
    if (!last) {
      out.push({ text: run.text, hangul: true });
      return;
    }
    const prevIsNumber = afterOther && /\d$/.test(runs[index - 1]!.text);
    const s = prevIsNumber ? stripParticle(run.text, { minStem: 1 }).stem : stem(run.text);
    if (s !== run.text) stripped = true;
    out.push({ text: s, hangul: true });
  });
  return { text: piece, stem: out.map((r) => r.text).join(''), stripped, runs: out };
}

/** A word cut into analysed pieces (`piece` analyses one). */
export function readWordInfo(word: string, piece: (piece: string) => PieceInfo): WordInfo {
  const chars = [...word];
  return {
    raw: word,
    pieces: splitPieces(word).map(piece),
    cleanStart: chars.length > 0 && isLetterOrDigit(chars[0]!),
    cleanEnd: chars.length > 0 && isLetterOrDigit(chars[chars.length - 1]!),
  };
}
