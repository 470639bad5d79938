/**
 * Hangul character facts, in one place and with no imports so that browser
 * code, ingest and search can all use them.
 */

/** First and last precomposed Hangul syllable (가 … 힣). */
export const HANGUL_FIRST = 0xac00;
export const HANGUL_LAST = 0xd7a3;
/** A regex character class for one precomposed syllable. */
export const HANGUL_SYLLABLE_CLASS = '\\uAC00-\\uD7A3';

export function isHangulSyllable(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  const c = ch.charCodeAt(0);
  return c >= HANGUL_FIRST && c <= HANGUL_LAST;
}

/** True when the syllable has a final consonant (받침). */
export function hasFinalConsonant(ch: string): boolean {
  const c = ch.charCodeAt(0) - HANGUL_FIRST;
  return c >= 0 && c <= HANGUL_LAST - HANGUL_FIRST && c % 28 !== 0;
}

/** True when the syllable ends in ㄹ, which takes the vowel-style particle 로. */
export function hasRieulFinal(ch: string): boolean {
  const c = ch.charCodeAt(0) - HANGUL_FIRST;
  return c >= 0 && c <= HANGUL_LAST - HANGUL_FIRST && c % 28 === 8;
}

/**
 * Whether a word is read with a final consonant before a particle. Digits and
 * Latin letters are read aloud (`3` 삼, `KT` 케이티), so they follow their reading.
 */
export function endsWithFinalConsonant(word: string): boolean {
  const last = word[word.length - 1];
  if (last === undefined) return false;
  if (isHangulSyllable(last)) return hasFinalConsonant(last);
  // 0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔, 10 십 end in a consonant; 2 이, 4 사, 5 오, 9 구 do not.
  if (/[0-9]/u.test(last)) return /[013678]/u.test(last);
  // Latin letters read with a final consonant: L 엘, M 엠, N 엔, R 알.
  return /[LMNRlmnr]/u.test(last);
}
