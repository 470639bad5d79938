/**
 * The raw material of the benchmark corpus: body sentences cut from real seed
 * lines, the nouns that can stand in for one another, and the organisation and
 * topic vocabularies from the editorial data. Pure: text in, bank out.
 */
import { PARTICLE_FORMS } from './korean';

export interface BankOrganization {
  name: string;
  aliases: readonly string[];
}

export interface BankTopic {
  slug: string;
  keywords: readonly string[];
  fallback?: boolean;
}

export interface BankSentence {
  text: string;
  /** Topics whose keywords the sentence mentions. */
  topics: string[];
  /** Starts with an organisation as the subject (a good first sentence). */
  lead: boolean;
  /** Where a second clause starts (after `…하고, `), when the sentence has one. */
  clauseAt?: number;
}

export interface PhraseBank {
  sentences: BankSentence[];
  /** Sentence indexes by topic slug. */
  byTopic: Map<string, number[]>;
  /** Indexes of sentences that can open an article body. */
  leads: number[];
  /** Indexes of sentences with two clauses (their tails can be recombined). */
  clausal: number[];
  /** Nouns seen with two or more different particles, or bare and with a particle. */
  nouns: string[];
  organizations: BankOrganization[];
  /** Topics that can be assigned (the fallback topic has no keywords). */
  topics: BankTopic[];
}

// A sentence ends at `다.`, `요.`, `…다.”` and the like, followed by white space.
const SENTENCE_END = /(?<=[\p{Script=Hangul})][.?!]["”’']?)\s+/u;
const HANGUL_WORD = /^\p{Script=Hangul}+$/u;
// Endings that mark a verb or adjective form rather than a noun.
const VERBISH_END = /[하되했됐있없지고며면서던는은을를한할된될인일적다기게]$/u;
// Time words and adverbs that read as nouns but make no sense when swapped.
const NOT_SWAPPABLE = new Set(['그동안', '올해', '지난해', '내년', '현재', '최근', '사실', '전반', '이번', '앞서', '특히', '아울러', '이날']);
const NOUN_PARTICLES = ['에서', '으로', '와', '과', '은', '는', '이', '가', '을', '를', '의', '에', '로', '도'];

// `…하고, `, `…하며, `, `…지만, `: a connective ending, a comma, then a second clause.
const CLAUSE_BREAK = /(?<=(?:고|며|해|하여|으나|지만|는데|면서|어|여|서)),\s/u;
const SUBJECT_AFTER_ORG = /^(?:은|는|이|가|와|과|\(|측은)/u;

/**
 * The body part of a line's first sentence: a headline may be glued in front of
 * it, so the body is taken to start at the first organisation named as the
 * subject (`…본격 추진…"…" 과학기술정보통신부는 …`). Undefined when there is none.
 */
export function bodyOfFirstSentence(first: string, orgForms: readonly string[]): string | undefined {
  let best: number | undefined;
  for (const form of orgForms) {
    for (let at = first.indexOf(form); at >= 0; at = first.indexOf(form, at + 1)) {
      if (at > 0 && first[at - 1] !== ' ') continue;
      if (!SUBJECT_AFTER_ORG.test(first.slice(at + form.length))) continue;
      if (best === undefined || at < best) best = at;
      break;
    }
  }
  return best === undefined ? undefined : first.slice(best);
}

export function splitSentences(line: string): string[] {
  return line
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Does the text contain the keyword as a word part (Latin keywords must not touch other Latin letters or digits)? */
export function containsKeyword(text: string, keyword: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(keyword, from);
    if (at < 0) return false;
    from = at + 1;
    if (isStandalone(text, at, keyword)) return true;
  }
}

export function isStandalone(text: string, at: number, form: string): boolean {
  const latin = /[A-Za-z0-9]/;
  if (latin.test(form[0]!) && latin.test(text[at - 1] ?? '')) return false;
  if (latin.test(form.at(-1)!) && latin.test(text[at + form.length] ?? '')) return false;
  return true;
}

export function buildPhraseBank(
  seedTexts: readonly string[],
  organizations: readonly BankOrganization[],
  topics: readonly BankTopic[],
): PhraseBank {
  const usableTopics = topics.filter((t) => !t.fallback && t.keywords.length > 0);
  const orgForms = organizations.flatMap((o) => [o.name, ...o.aliases]).sort((a, b) => b.length - a.length);
  const keywordSet = new Set(usableTopics.flatMap((t) => t.keywords));

  const seen = new Set<string>();
  const sentences: BankSentence[] = [];
  const nounParticles = new Map<string, Set<string>>();

  for (const text of seedTexts) {
    for (const rawLine of text.split(/\r?\n/)) {
      const line = rawLine.trim();
      if (line === '') continue;
      const parts = splitSentences(line);
      // The first part may carry the headline glued to the first sentence, the
      // last part is cut off mid-sentence: neither is a clean body sentence.
      const first = parts.length > 1 ? bodyOfFirstSentence(parts[0]!, orgForms) : undefined;
      for (const sentence of [...(first ? [first] : []), ...parts.slice(1, -1)]) {
        if (sentence.length < 20 || sentence.length > 400 || seen.has(sentence)) continue;
        seen.add(sentence);
        const sentenceTopics = usableTopics.filter((t) => t.keywords.some((k) => containsKeyword(sentence, k))).map((t) => t.slug);
        const lead = orgForms.some((form) => sentence.startsWith(form)) && /(밝혔다|했다|한다|발표했다)\.$/u.test(sentence);
        const clause = CLAUSE_BREAK.exec(sentence);
        const clauseAt = clause && clause.index >= 10 && sentence.length - clause.index >= 20 ? clause.index + clause[0].length : undefined;
        sentences.push({ text: sentence, topics: sentenceTopics, lead, ...(clauseAt ? { clauseAt } : {}) });
      }
      for (const token of line.split(/\s+/)) {
        const word = token.replace(/^[("“‘'[]+|[)"”’'\],.·…]+$/gu, '');
        if (!HANGUL_WORD.test(word)) continue;
        const particle = NOUN_PARTICLES.find((p) => word.length - p.length >= 2 && word.endsWith(p));
        const stem = particle ? word.slice(0, -particle.length) : word;
        if (stem.length < 2 || stem.length > 8) continue;
        let forms = nounParticles.get(stem);
        if (!forms) nounParticles.set(stem, (forms = new Set()));
        forms.add(particle ?? '');
      }
    }
  }

  const orgWords = new Set(orgForms);
  const nouns = [...nounParticles.entries()]
    .filter(([stem, forms]) => forms.size >= 2 && !VERBISH_END.test(stem) && !orgWords.has(stem) && !keywordSet.has(stem) && !NOT_SWAPPABLE.has(stem))
    .map(([stem]) => stem)
    .sort();

  const byTopic = new Map<string, number[]>(usableTopics.map((t) => [t.slug, []]));
  sentences.forEach((s, i) => {
    for (const slug of s.topics) byTopic.get(slug)!.push(i);
  });
  const leads = sentences.flatMap((s, i) => (s.lead ? [i] : []));
  const clausal = sentences.flatMap((s, i) => (s.clauseAt ? [i] : []));

  return {
    sentences,
    byTopic,
    leads,
    clausal,
    nouns,
    organizations: organizations.map((o) => ({ name: o.name, aliases: [...o.aliases] })),
    topics: usableTopics.map((t) => ({ slug: t.slug, keywords: [...t.keywords] })),
  };
}

/** Particles after a swapped word, longest first, that may be followed by a second particle. */
export const SWAPPABLE_PARTICLE = new RegExp(
  `^(${PARTICLE_FORMS.join('|')})(?=(?:는|도|의|서|써|부터|까지|만)?(?:[^\\p{Script=Hangul}]|$))`,
  'u',
);
