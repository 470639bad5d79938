/**
 * Compound tokens from the dictionary analysis (src/lib/korean), the way
 * Lucene's Nori does it in its mixed decompound mode: a compound keeps its
 * whole form and adds its parts. Pagefind matches word prefixes, so a part
 * that starts a word is found for free (`소형` in `소형모듈원자로`); what a
 * compound needs are the forms that start at each inner boundary and run to
 * its end, the right-anchored sub-compounds:
 *
 *   소형모듈원자로를     → 모듈원자로, 원자로      (원자로 is one dictionary word: 원자+로; `로` alone is too short)
 *   시청각미디어서비스법 → 미디어서비스법, 서비스법
 *   에너지저장장치를     → 저장장치, 장치
 *
 * and each of them finds its own prefixes (`모듈원자로` finds `모듈`, `모듈원자`).
 * The stem ends where the first particle, ending, copula or verb-forming
 * suffix begins — by part of speech, not by a list of suffixes — so `를`,
 * `는`, `하여` never reach a token.
 */

/** The part of a morpheme this module reads (src/lib/korean's Morpheme has these fields). */
export interface CompoundMorpheme {
  surface: string;
  /** ko-dic tag; an inflected form joins several (`NNG+VCP`). */
  tag: string;
  /** Parts of a dictionary compound (`원자로` → `원자`, `로`). */
  parts?: readonly string[];
}

/** Word-level analysis: the morphemes of one space-free word. */
export type AnalyzeWord = (word: string) => readonly CompoundMorpheme[];

/**
 * Tags that belong to a noun compound's stem: nouns (NNG, NNP, NNB, NR, NP),
 * roots and noun affixes (XR, XPN, XSN), foreign words, Hanja and numbers.
 * Everything else — particles (J*), endings (E*), the copula (VCP), verbs
 * and adjectives (VV, VA, XSV, XSA), adverbs, symbols — ends the stem.
 */
const STEM_TAGS = new Set(['NNG', 'NNP', 'NNB', 'NNBC', 'NR', 'NP', 'XR', 'XPN', 'XSN', 'SL', 'SH', 'SN']);

/** Every tag of the morpheme (a joined `NNG+VCP` has two) is a stem tag. */
const isStemMorpheme = (m: CompoundMorpheme) => m.tag.split('+').every((t) => STEM_TAGS.has(t));

const HANGUL_ONLY = /^[\uAC00-\uD7A3]+$/;

/** The morphemes of a word's leading noun compound (empty when the word starts otherwise). */
export function stemMorphemes(morphemes: readonly CompoundMorpheme[]): CompoundMorpheme[] {
  const out: CompoundMorpheme[] = [];
  for (const m of morphemes) {
    if (!isStemMorpheme(m)) break;
    out.push(m);
  }
  return out;
}

/** A particle of one syllable (`로`, `를`): at the end of a word it may be a noun's last syllable instead. */
const isShortParticle = (m: CompoundMorpheme) => m.tag.startsWith('J') && m.surface.length === 1;

/**
 * Runs of consecutive noun-compound morphemes written in Hangul, each as its
 * pieces (a dictionary compound contributes its parts). A word-final
 * one-syllable particle that the dictionary reads as part of the noun when
 * another particle follows (`원자로` alone is read 원자 + 로, `원자로는` as
 * 원자로 + 는) is taken into the run.
 */
/**
 * The pieces of a stem morpheme: a dictionary compound's parts, except that a
 * one-syllable part is kept on its neighbour (`시청각` is 시청 + 각, but
 * `각미디어서비스법` is nothing a reader types).
 */
function piecesOf(m: CompoundMorpheme): string[] {
  if (!m.parts || m.parts.length < 2 || m.parts.join('') !== m.surface) return [m.surface];
  const out: string[] = [];
  for (const part of m.parts) {
    if (out.length && (part.length < 2 || out[out.length - 1]!.length < 2)) out[out.length - 1] += part;
    else out.push(part);
  }
  return out;
}

function stemRuns(word: string, analyze: AnalyzeWord): string[][] {
  const morphemes = analyze(word);
  const runs: string[][] = [];
  let current: string[] = [];
  const close = () => {
    if (current.length) runs.push(current);
    current = [];
  };
  morphemes.forEach((m, i) => {
    const hangul = HANGUL_ONLY.test(m.surface);
    if (isStemMorpheme(m) && hangul) {
      current.push(...piecesOf(m));
      return;
    }
    const last = current[current.length - 1];
    // Only a compound (two pieces or more) gains a sub-compound from it; a lone noun (`정부는`) is not looked up again.
    if (last && current.length >= 2 && i === morphemes.length - 1 && isShortParticle(m)) {
      const joined = analyze(`${last}${m.surface}는`);
      const head = joined[0];
      if (joined.length === 2 && head && head.surface === last + m.surface && isStemMorpheme(head)) {
        current.splice(-1, 1, ...piecesOf(head));
      }
    }
    close();
  });
  close();
  return runs;
}

/**
 * Right-anchored sub-compounds of every noun compound in a word: the
 * compound from each inner morpheme (or dictionary-compound part) boundary
 * to its end, two syllables or more. The whole compound is not included
 * (the text has it).
 */
export function compoundSuffixes(word: string, analyze: AnalyzeWord): string[] {
  if (!/[\uAC00-\uD7A3]{3}/.test(word)) return [];
  const out: string[] = [];
  for (const pieces of stemRuns(word, analyze)) {
    const whole = pieces.join('');
    if (!word.includes(whole)) continue;
    let at = 0;
    for (let i = 0; i < pieces.length - 1; i++) {
      at += pieces[i]!.length;
      const suffix = whole.slice(at);
      if (suffix.length >= 2) out.push(suffix);
    }
  }
  return out;
}

/**
 * The word's stem by part of speech (`에너지저장장치를` → `에너지저장장치`),
 * or null when the analysis does not start with a noun compound.
 */
export function nounStem(word: string, analyze: AnalyzeWord): string | null {
  const stem = stemMorphemes(analyze(word)).map((m) => m.surface).join('');
  return stem && word.startsWith(stem) ? stem : null;
}
