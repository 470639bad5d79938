/**
 * Finds the organisations an article names: the directory's entries
 * (content/organizations.yaml, names and aliases resolved to the canonical
 * name) and, through `discoverOrganizations`, names the directory does not know.
 *
 * Every directory form is a user word of the Korean analysis layer, so it
 * comes out of the analysis as one morpheme; matching is then a Map look-up per
 * morpheme, whatever the size of the directory.
 */
import { isParticle, sharedKoreanAnalyzer, wordSpans, type KoreanAnalyzer, type Morpheme } from '../korean/analyzer';
import type { Organization, OrganizationKind } from '../editorial/schema';
import { discoverOrganizations, type DiscoveredOrganization } from './discover-organizations';
import { isParticleTail, LONGEST_PARTICLE_TAIL } from './organization-names';

/** What the matcher needs of a directory entry (tests may leave out the defaults). */
export type DirectoryEntry = Pick<Organization, 'name' | 'aliases'> & {
  slug?: string;
  kind?: OrganizationKind;
  contextual?: boolean;
};

export interface OrganizationFindings {
  /** Canonical names (directory) and discovered names, in order of first mention. */
  names: string[];
  /** The names found by discovery, each with the words it was found in. */
  discovered: DiscoveredOrganization[];
}

export interface OrganizationMatcher {
  /** Directory names only, in order of first mention. */
  find(text: string): string[];
  /** Directory names and discovered names. */
  analyse(text: string): OrganizationFindings;
}

export interface OrganizationMatcherOptions {
  analyzer?: KoreanAnalyzer;
  /** Names discovery must never record (organizations.yaml `ignore`). */
  ignore?: readonly string[];
}

/** Words after a bare name that make it the actor (`서울시 관계자`), for the contextual entries. */
const ACTOR_FOLLOWERS = /^(?:관계자|측|대변인|시장|도지사|지사|교육감|청장|장관|위원장|원장|사장|대표|총장|이사장|부시장|부지사)/u;
/** Particles that make a contextual name the actor or a party (`서울시는`, `서울시와`, `서울시의`), not a place (`서울시에서`). */
const ACTOR_PARTICLE = /^(?:JKS|JX|JKG|JC)$/u;

/** Titles written onto a name (`연구원장`, `부장관`), with the particle after them. */
const TITLE_SUFFIX = /^(?:장|장관|차관|청장|처장|원장|위원장|이사장|총장|소장)(?:[은는이가의과와을를도]|으로|에게)?$/u;
const LEADING_PUNCTUATION = /^[\p{P}\p{S}]+/u;

/** A functional morpheme may follow a name inside its word: particles, endings, the copula, suffixes, punctuation. */
function isFunctional(m: Morpheme): boolean {
  return /^(?:J|E|VCP|XSN|S[FPSECY])/u.test(m.first) || m.user;
}

/** Every form of every entry, each a user word unless it contains a space. */
export function organizationUserWords(directory: readonly DirectoryEntry[]): string[] {
  return directory.flatMap((o) => [o.name, ...o.aliases]).filter((f) => !/\s/u.test(f));
}

export function createOrganizationMatcher(
  directory: readonly DirectoryEntry[],
  options: OrganizationMatcherOptions = {},
): OrganizationMatcher {
  const ko = options.analyzer ?? sharedKoreanAnalyzer();
  const byForm = new Map<string, DirectoryEntry>();
  /** Forms with a space (`LG U+`), by their first word. */
  const spaced = new Map<string, { words: string[]; entry: DirectoryEntry }[]>();
  for (const entry of directory) {
    for (const form of [entry.name, ...entry.aliases]) {
      const words = form.split(/\s+/u);
      if (words.length === 1) byForm.set(form, entry);
      else {
        const list = spaced.get(words[0]!) ?? [];
        list.push({ words, entry });
        list.sort((a, b) => b.words.length - a.words.length);
        spaced.set(words[0]!, list);
      }
    }
  }
  ko.addUserWords(organizationUserWords(directory));
  const ignore = new Set(options.ignore ?? []);
  const known = (name: string) => byForm.has(name) || ignore.has(name);

  interface WordHit {
    entry: DirectoryEntry;
    /** Offset of the form in the word. */
    offset: number;
    /** The morpheme after the form in the word, if any (for contextual entries). */
    next: Morpheme | undefined;
  }
  interface WordFacts {
    /** The word without leading punctuation (for the spaced forms). */
    stripped: string;
    hits: readonly WordHit[];
  }
  const NO_HITS: readonly WordHit[] = [];
  /** Per analysed word (the analyzer's cached morphemes): words repeat across a corpus, so each is looked at once. */
  const wordFacts = new WeakMap<readonly Morpheme[], WordFacts>();

  function factsOf(text: string, ms: readonly Morpheme[]): WordFacts {
    let facts = wordFacts.get(ms);
    if (facts) return facts;
    const hits: WordHit[] = [];
    let offset = 0;
    for (let j = 0; j < ms.length; offset += ms[j]!.surface.length, j++) {
      const m = ms[j]!;
      if (!m.user) continue;
      const entry = byForm.get(m.surface);
      if (!entry) continue;
      const at = text.indexOf(m.surface, offset);
      // Up to the next name or punctuation, what follows must be a particle or ending: `서울시민` is not 서울시.
      let k = j + 1;
      while (k < ms.length && !ms[k]!.user && !/^S/u.test(ms[k]!.first) && isFunctional(ms[k]!)) k++;
      if (k < ms.length && !ms[k]!.user && !/^S/u.test(ms[k]!.first)) {
        // `LG AI연구원장`, `과기정통부장관`: a title attached to the name still names it (not for places: `서울시장`).
        const rest = text.slice(at + m.surface.length).split(/[^\p{L}]/u)[0]!;
        if (entry.contextual || !TITLE_SUFFIX.test(rest)) continue;
      }
      hits.push({ entry, offset: at, next: ms[j + 1] });
    }
    facts = { stripped: text.replace(LEADING_PUNCTUATION, ''), hits };
    wordFacts.set(ms, facts);
    return facts;
  }

  /** A word's facts; a word without a user word in it names no directory entry, so the dictionary is skipped for it. */
  function factsOfWord(text: string): WordFacts {
    if (!ko.holdsUserWord(text)) return { stripped: text.replace(LEADING_PUNCTUATION, ''), hits: NO_HITS };
    return factsOf(text, ko.word(text));
  }

  function directoryMentions(text: string): { name: string; at: number }[] {
    const found: { name: string; at: number }[] = [];
    const words = wordSpans(text);
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const facts = factsOfWord(word.text);
      const multi = spaced.size > 0 ? spaced.get(facts.stripped) : undefined;
      if (multi) {
        const hit = multi.find(({ words: parts }) =>
          parts.every((part, k) => {
            const w = words[i + k]?.text.replace(k === 0 ? LEADING_PUNCTUATION : '', '');
            if (w === undefined) return false;
            if (k < parts.length - 1) return w === part;
            const tail = w.startsWith(part) ? w.slice(part.length).split(/[^\p{L}]/u)[0]! : undefined;
            return tail !== undefined && (isParticleTail(tail) || TITLE_SUFFIX.test(tail));
          }),
        );
        if (hit) {
          found.push({ name: hit.entry.name, at: word.start });
          i += hit.words.length - 1;
          continue;
        }
      }
      for (const hit of facts.hits) {
        if (hit.entry.contextual && !isActor(hit.next, words[i + 1]?.text)) continue;
        found.push({ name: hit.entry.name, at: word.start + hit.offset });
      }
    }
    return found;
  }

  function isActor(next: Morpheme | undefined, nextWord: string | undefined): boolean {
    if (next && isParticle(next)) return ACTOR_PARTICLE.test(next.first) || /^[와과]$/u.test(next.surface);
    if (next && !/^S/u.test(next.first)) return false;
    return nextWord !== undefined && ACTOR_FOLLOWERS.test(nextWord);
  }

  function ordered(mentions: { name: string; at: number }[]): string[] {
    const first = new Map<string, number>();
    for (const { name, at } of mentions) if (!first.has(name) || first.get(name)! > at) first.set(name, at);
    return [...first.entries()].sort((a, b) => a[1] - b[1]).map(([name]) => name);
  }

  return {
    find: (text) => ordered(directoryMentions(text)),
    analyse(text) {
      const discovered = discoverOrganizations(text, { analyzer: ko, isKnown: known });
      const mentions = [...directoryMentions(text), ...discovered.map((d) => ({ name: d.name, at: d.at }))];
      return { names: ordered(mentions), discovered };
    },
  };
}

/**
 * The names of `names` that `text` mentions (a name as a word, or with a
 * particle after it), in order of first mention. Used to find, across the
 * corpus, the names discovered in other articles: one Set look-up per word
 * prefix, so the cost does not grow with the number of names.
 */
export function mentionedNames(text: string, names: ReadonlySet<string>, maxLength: number): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  // Pieces between spaces and punctuation: `「초롱데이터」와` gives 초롱데이터.
  const re = /[^\s\p{P}\p{S}]+/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const core = m[0];
    // What follows the name must be a particle, so only the last few cut points can hold one.
    const shortest = Math.max(2, core.length - LONGEST_PARTICLE_TAIL);
    for (let k = Math.min(core.length, maxLength); k >= shortest; k--) {
      const stem = core.slice(0, k);
      if (!names.has(stem) || !isParticleTail(core.slice(k))) continue;
      if (!seen.has(stem)) {
        seen.add(stem);
        out.push(stem);
      }
      break;
    }
  }
  return out;
}
