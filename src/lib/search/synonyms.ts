/**
 * Synonym groups for search, built only from the editorial data files:
 * every group of content/synonyms.yaml, and for every organisation of
 * content/organizations.yaml its name plus aliases. Nothing is hard-coded.
 *
 * A member is matched by its key: its pieces with Pagefind's normalisation,
 * joined without spaces (`AI 전환` → `ai전환`, `LG U+` → `lgu`), so spacing
 * differences between the data file and the text do not matter.
 *
 * Browser-safe (no imports beyond ./text): the search page uses the same
 * groups to highlight `과학기술정보통신부` when the reader typed `과기정통부`.
 */
import { splitPieces, splitWords } from './word-pieces';

export interface SynonymSource {
  synonyms: readonly (readonly string[])[];
  organizations: readonly { name: string; aliases: readonly string[] }[];
}

/** The groups as written in the data files (organisations become name + aliases). */
export function synonymGroups(source: SynonymSource): string[][] {
  const groups: string[][] = source.synonyms.map((g) => [...g]);
  for (const org of source.organizations) {
    const members = [...new Set([org.name, ...org.aliases])];
    if (members.length >= 2) groups.push(members);
  }
  return groups;
}

/** A member's pieces (`AI 전환` → [`ai`, `전환`]). */
export function memberPieces(member: string): string[] {
  return splitWords(member).flatMap(splitPieces);
}

/** A member's key: its pieces joined (`AI 전환` → `ai전환`). */
export function memberKey(member: string): string {
  return memberPieces(member).join('');
}

export interface SynonymIndex {
  groups: readonly (readonly string[])[];
  /** Keys of every member, for fast membership tests. */
  keys: ReadonlySet<string>;
  /** Other members (as written) of every group the key belongs to. */
  othersOf(key: string): string[];
  /** Longest member key length in characters, to bound look-ups. */
  maxKeyLength: number;
}

export function createSynonymIndex(groups: readonly (readonly string[])[]): SynonymIndex {
  const byKey = new Map<string, Set<number>>();
  groups.forEach((group, gi) => {
    for (const member of group) {
      const key = memberKey(member);
      if (!key) continue;
      let set = byKey.get(key);
      if (!set) byKey.set(key, (set = new Set()));
      set.add(gi);
    }
  });
  let maxKeyLength = 0;
  for (const key of byKey.keys()) maxKeyLength = Math.max(maxKeyLength, [...key].length);
  return {
    groups,
    keys: new Set(byKey.keys()),
    maxKeyLength,
    othersOf(key) {
      const out: string[] = [];
      const seen = new Set<string>([key]);
      for (const gi of byKey.get(key) ?? []) {
        for (const member of groups[gi]!) {
          const k = memberKey(member);
          if (seen.has(k)) continue;
          seen.add(k);
          out.push(member);
        }
      }
      return out;
    },
  };
}
