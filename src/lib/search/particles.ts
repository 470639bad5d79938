/**
 * Korean particles (조사) and the commonest verb endings that follow a noun in
 * news prose (`추진한다`, `선정됐다`). A short list, matched longest first; a
 * stem must keep at least two syllables, so `회의` or `국가` are never cut.
 *
 * Over-cutting is cheap on the query side: Pagefind matches by prefix, so
 * `고속도로` cut to `고속도` still finds `고속도로`. The index side is stricter
 * and only cuts a one-syllable particle when the stem is a word the corpus
 * uses on its own (see `stripParticle`'s `isKnownStem`).
 */
import { charLength, isHangulWord } from './word-pieces';

/** Case particles, postpositions and copula forms that attach to nouns. */
const NOUN_PARTICLES = [
  // one syllable
  '이', '가', '을', '를', '은', '는', '의', '에', '도', '만', '와', '과', '로', '며', '엔', '인', '께',
  // two or more
  '에서', '에게', '에는', '에도', '에서는', '에서도', '에서의', '에게서', '에게는', '에선', '에의',
  '으로', '으로는', '으로도', '으로서', '으로써', '으로의', '으로선', '로는', '로도', '로서', '로써', '로의', '로선',
  '와는', '과는', '와도', '과도', '와의', '과의', '이랑', '랑',
  '로부터', '으로부터', '에게로', '까지', '까지는', '까지의', '까지도', '부터', '부터는', '부터의', '보다', '보다는', '처럼', '마다', '조차', '마저', '밖에',
  '만의', '만큼', '만을', '만이', '만은', '대로', '께서', '이나', '이든', '든지',
  '이며', '이고', '이다', '이라', '이라는', '이란', '라는', '이자', '이라고', '라고', '이었다', '였다', '이던', '였던',
  '입니다', '이에요', '예요', '인데', '이지만', '지만',
];

/** Endings after a 하다/되다/시키다 noun (`추진한다고`, `확정됐으며`). */
const VERB_ENDINGS = [
  '하다', '한다', '했다', '하는', '하고', '하며', '하여', '해', '해서', '했으며', '했고', '할', '함', '한', '하기', '하기로',
  '하던', '했던', '하면', '하게', '하도록', '하지', '합니다', '했습니다', '한다고', '했다고', '하겠다', '하겠다고', '한다는',
  '했다는', '하려는', '하려고', '하자', '하였다', '하였으며', '하였고', '하였다고', '해야', '했지만', '하지만',
  '되다', '된다', '됐다', '되는', '되고', '되며', '되어', '돼', '됐으며', '됐고', '될', '됨', '된', '되기', '되던', '됐던',
  '되면', '되게', '되도록', '되지', '됩니다', '됐습니다', '된다고', '됐다고', '되었다', '되었으며', '되었고', '된다는',
  '됐다는', '되어야', '돼야',
  '시킨다', '시키는', '시킨', '시켜', '시켰다', '시키고', '시키기',
];

/** Plural `들` and the particles that follow it (`기업들에게`). */
const PLURAL = ['들', ...['이', '을', '은', '는', '의', '에', '도', '과', '와', '로', '에게', '에서', '과의', '와의', '까지', '만', '이나', '처럼', '로부터', '에게서'].map((p) => `들${p}`)];

/** Every suffix, longest first (ties broken alphabetically so the order is stable). */
export const SUFFIXES: readonly string[] = [...new Set([...NOUN_PARTICLES, ...VERB_ENDINGS, ...PLURAL])].sort(
  (a, b) => charLength(b) - charLength(a) || (a < b ? -1 : a > b ? 1 : 0),
);

const SUFFIX_SET = new Set(SUFFIXES);
/** Suffixes by their last character, longest first (so a look-up tries only a handful). */
const BY_LAST = new Map<string, { suffix: string; length: number }[]>();
for (const suffix of SUFFIXES) {
  const last = suffix.slice(-1);
  let list = BY_LAST.get(last);
  if (!list) BY_LAST.set(last, (list = []));
  list.push({ suffix, length: charLength(suffix) });
}
const NOUN_PARTICLE_SET = new Set([...NOUN_PARTICLES, ...PLURAL]);

/** True for particles that only follow nouns (`를`, `에서`), not verb endings (`하는`). */
export function isNounParticle(suffix: string): boolean {
  return NOUN_PARTICLE_SET.has(suffix);
}

/** True when the whole run is a particle or ending (`를`, `으로`, `에서는`). */
export function isParticle(run: string): boolean {
  return SUFFIX_SET.has(run);
}

export interface StripOptions {
  /** Minimum syllables a stem must keep (default 2). */
  minStem?: number;
  /**
   * When given, a one-syllable suffix is only cut if the stem passes this
   * test (the index side passes "the corpus uses this stem on its own").
   * Suffixes of two or more syllables are cut regardless.
   */
  isKnownStem?: (stem: string) => boolean;
}

export interface Stripped {
  stem: string;
  /** The suffix that was cut, or '' when none was. */
  suffix: string;
}

/** Cuts the longest particle/ending off a Hangul run. Non-Hangul input is returned as is. */
export function stripParticle(run: string, options: StripOptions = {}): Stripped {
  const minStem = options.minStem ?? 2;
  if (!isHangulWord(run)) return { stem: run, suffix: '' };
  const length = charLength(run);
  for (const { suffix, length: suffixLength } of BY_LAST.get(run.slice(-1)) ?? []) {
    if (length - suffixLength < minStem) continue;
    if (!run.endsWith(suffix)) continue;
    const stem = run.slice(0, run.length - suffix.length);
    if (suffixLength === 1 && options.isKnownStem && !options.isKnownStem(stem)) continue;
    return { stem, suffix };
  }
  return { stem: run, suffix: '' };
}

/** `stripParticle(run).stem`, for the common case. */
export function stemOf(run: string, options: StripOptions = {}): string {
  return stripParticle(run, options).stem;
}
