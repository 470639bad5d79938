/**
 * Just enough Korean morphology to swap one noun for another inside a sentence
 * without breaking the particle after it (예산을 → 보안을, 특구를 → 해킹을).
 */
import { hasFinalConsonant, hasRieulFinal, isHangulSyllable } from '../../src/lib/korean/hangul';

/** How the last letter or digit of a Latin/number word is read aloud: does that syllable end in a consonant, and is it ㄹ? */
const SPOKEN_FINAL: Record<string, 'none' | 'rieul' | 'other'> = {
  a: 'none', b: 'none', c: 'none', d: 'none', e: 'none', f: 'none', g: 'none', h: 'none', i: 'none', j: 'none',
  k: 'none', l: 'rieul', m: 'other', n: 'other', o: 'none', p: 'none', q: 'none', r: 'rieul', s: 'none', t: 'none',
  u: 'none', v: 'none', w: 'none', x: 'none', y: 'none', z: 'none',
  '0': 'other', '1': 'rieul', '2': 'none', '3': 'other', '4': 'none', '5': 'none', '6': 'other', '7': 'rieul', '8': 'rieul', '9': 'none',
};

/** The final consonant of the word's last sound: none, ㄹ, or another one. Unknown endings count as none. */
export function finalSound(word: string): 'none' | 'rieul' | 'other' {
  const chars = [...word.trim()];
  for (let i = chars.length - 1; i >= 0; i--) {
    const ch = chars[i]!;
    if (isHangulSyllable(ch)) {
      if (!hasFinalConsonant(ch)) return 'none';
      return hasRieulFinal(ch) ? 'rieul' : 'other';
    }
    const spoken = SPOKEN_FINAL[ch.toLowerCase()];
    if (spoken) return spoken;
    // Closing brackets, quotes and the like: look further left.
  }
  return 'none';
}

/** Particle pairs: [after a consonant, after a vowel]. Longest first. */
const PARTICLES: ReadonlyArray<readonly [string, string]> = [
  ['으로', '로'],
  ['은', '는'],
  ['이', '가'],
  ['을', '를'],
  ['과', '와'],
  ['이나', '나'],
  ['이며', '며'],
  ['이라', '라'],
];

/** Every particle form the swapper recognises, longest first. */
export const PARTICLE_FORMS: readonly string[] = [...new Set(PARTICLES.flat())].sort((a, b) => b.length - a.length);

/**
 * The particle that fits after `word`, given the one that followed the word it
 * replaces (`을`/`를` → the right one of the two). Unknown particles pass through.
 */
export function fitParticle(word: string, particle: string): string {
  const pair = PARTICLES.find(([c, v]) => particle === c || particle === v);
  if (!pair) return particle;
  const sound = finalSound(word);
  if (pair[0] === '으로') return sound === 'other' ? '으로' : '로';
  return sound === 'none' ? pair[1] : pair[0];
}
