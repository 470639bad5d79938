/** Finds the organisations an article mentions, through the alias dictionary (content/organizations.yaml). */
import type { Organization } from '../editorial/schema';

export interface OrganizationMatcher {
  /** Canonical names in order of first mention. */
  find(text: string): string[];
}

const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

export function createOrganizationMatcher(organizations: readonly Organization[]): OrganizationMatcher {
  // Longest alias first so `LG유플러스` wins over a shorter overlapping alias.
  const forms = organizations
    .flatMap((org) => [org.name, ...org.aliases].map((form) => ({ form, name: org.name })))
    .sort((a, b) => b.form.length - a.form.length);

  return {
    find(text) {
      const firstSeen = new Map<string, number>();
      const taken: boolean[] = new Array(text.length).fill(false);
      for (const { form, name } of forms) {
        let from = 0;
        for (;;) {
          const at = text.indexOf(form, from);
          if (at < 0) break;
          from = at + 1;
          const end = at + form.length;
          if (taken[at] || taken[end - 1]) continue;
          // A Latin alias must stand alone: `KT` matches `KT는`, not `KTX`.
          if (LATIN_OR_DIGIT.test(form[0]!) && LATIN_OR_DIGIT.test(text[at - 1] ?? '')) continue;
          if (LATIN_OR_DIGIT.test(form.at(-1)!) && LATIN_OR_DIGIT.test(text[end] ?? '')) continue;
          for (let i = at; i < end; i++) taken[i] = true;
          if (!firstSeen.has(name) || firstSeen.get(name)! > at) firstSeen.set(name, at);
        }
      }
      return [...firstSeen.entries()].sort((a, b) => a[1] - b[1]).map(([name]) => name);
    },
  };
}
