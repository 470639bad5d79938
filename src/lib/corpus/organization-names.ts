/**
 * Facts about organisation names that do not depend on the directory: the
 * particles that follow a name, the heads that make a noun an organisation
 * (`…연구원`, `…재단`), the kind a name's head implies, and a stable ASCII slug
 * for a name that has no directory entry.
 */
import type { OrganizationKind } from '../editorial/schema';

/**
 * Particles and copula forms that follow a name. The dictionary cannot tag
 * the particle after a name it does not know (`별빛플라즈마가` → … 마가/NNG,
 * `들온이` → 들 + 온이/MAG), so after an unknown name they are recognised by
 * their closed class instead.
 */
const CASE = ['이', '가', '을', '를', '의', '에', '에서', '에게', '께서', '으로', '로', '와', '과', '이랑', '랑', '처럼', '보다', '까지', '부터', '마다', '로부터', '으로부터', '으로서', '로서'];
const AUX = ['은', '는', '도', '만', '의', '이나', '나', '조차', '마저'];
const COPULA = ['이다', '다', '이었다', '였다', '이라는', '라는', '이란', '란', '이며', '며', '이고', '이자', '인', '이라고', '라고'];

const PARTICLES: readonly string[] = [
  ...new Set([
    ...CASE,
    ...AUX,
    ...COPULA,
    ...CASE.flatMap((c) => AUX.filter((a) => a !== c).map((a) => c + a)),
    // `측` (side) and the plural `들` sit between a name and its particle: `맛길배달 측은`, `업체들이`.
    ...['측', '들'].flatMap((p) => [p, ...CASE.map((c) => p + c), ...AUX.map((a) => p + a)]),
  ]),
].sort((a, b) => b.length - a.length);

const PARTICLE_SET = new Set(PARTICLES);
const LONGEST_PARTICLE = Math.max(...PARTICLES.map((p) => p.length));
/** The most characters `isParticleTail` accepts. */
export const LONGEST_PARTICLE_TAIL = LONGEST_PARTICLE;

/** True when `tail` is nothing or a particle sequence (`는`, `과의`, `측은`). */
export function isParticleTail(tail: string): boolean {
  return tail === '' || PARTICLE_SET.has(tail);
}

/** The ways to read `word` as a name followed by a particle, the longest particle first, the whole word last. */
export function nameParticleSplits(word: string): { stem: string; particle: string }[] {
  const out: { stem: string; particle: string }[] = [];
  for (let length = Math.min(LONGEST_PARTICLE, word.length - 2); length >= 1; length--) {
    const particle = word.slice(-length);
    if (PARTICLE_SET.has(particle)) out.push({ stem: word.slice(0, -length), particle });
  }
  out.push({ stem: word, particle: '' });
  return out;
}

/**
 * Words that head an organisation's name, with the kind they imply. A person
 * can be a `연구원` too, so a head only names an organisation when a name
 * stands before it in the same word (`한국뇌연구원`, not `책임연구원`).
 */
export const ORGANIZATION_HEADS: ReadonlyMap<string, OrganizationKind> = new Map<string, OrganizationKind>([
  ['연구원', 'research'], ['연구소', 'research'], ['기술원', 'research'], ['과학원', 'research'], ['硏', 'research'],
  ['진흥원', 'public'], ['평가원', 'public'], ['관리원', 'public'], ['정보원', 'public'], ['공사', 'public'], ['공단', 'public'],
  ['위원회', 'government'],
  ['대학교', 'university'], ['대학원', 'university'],
  ['재단', 'other'], ['협회', 'other'], ['학회', 'other'], ['연합회', 'other'], ['협의회', 'other'], ['조합', 'other'],
  ['병원', 'other'], ['의료원', 'other'],
]);

/** Heads longest first, for `headOf`. */
const HEADS = [...ORGANIZATION_HEADS.keys()].sort((a, b) => b.length - a.length);

/** The organisation head `name` ends with, if any. */
export function headOf(name: string): string | undefined {
  return HEADS.find((h) => name.endsWith(h) && name.length > h.length);
}

/**
 * The kind of a name with no directory entry. Discovery only records a name
 * without an organisation head when the text calls it a company
 * (`스타트업 바람로봇과`), so a head-less name is a company.
 */
export function kindOfDiscoveredName(name: string): OrganizationKind {
  const head = headOf(name);
  if (head) return ORGANIZATION_HEADS.get(head)!;
  // `대한변리사회`, `한국교원단체총연합회`: a national body's name, not a company's.
  return /^(?:한국|대한|국립|국가|전국)/u.test(name) ? 'other' : 'company';
}

// Revised Romanisation of Korean, letter by letter (only the ㄹㄹ rule: a slug only has to be stable and readable).
const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIALS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

/** One syllable; ㄹ after a final ㄹ is written l (`모빌리티` → mobilliti). */
function romanizeSyllable(ch: string, previous: string): string {
  const code = ch.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return '';
  let initial = INITIALS[Math.floor(code / 588)]!;
  if (initial === 'r' && previous.endsWith('l')) initial = 'l';
  return initial + MEDIALS[Math.floor((code % 588) / 28)]! + FINALS[code % 28]!;
}

/** `가람모빌리티` → `garammobilliti`, `새벽AI랩` → `saebyeok-ai-raep`: lowercase ASCII words joined by hyphens. */
export function romanizedSlug(name: string): string {
  const words: string[] = [];
  let current = '';
  let script = '';
  for (const ch of name.normalize('NFC')) {
    const isHangul = ch >= '가' && ch <= '힣';
    const isAscii = /[A-Za-z0-9]/.test(ch);
    const next = isHangul ? 'h' : isAscii ? 'a' : '';
    if (next !== script && current) {
      words.push(current);
      current = '';
    }
    script = next;
    if (isHangul) current += romanizeSyllable(ch, current);
    else if (isAscii) current += ch.toLowerCase();
  }
  if (current) words.push(current);
  return words.join('-') || 'organization';
}
