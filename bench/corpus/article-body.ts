/**
 * An article's body: real bank sentences recombined and retold, with
 * organisations, numbers, dates, topic keywords and nouns swapped, and the
 * article's own invented facts after the lead.
 */
import type { ArticleContext } from './article-context';
import { fillTemplate, freshCompanyName } from './fill-template';
import { fitParticle } from './korean';
import { isStandalone, SWAPPABLE_PARTICLE, type BankOrganization, type PhraseBank } from './phrase-bank';
import type { Rng } from './prng';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds the matchers once per bank. */
export function prepare(bank: PhraseBank) {
  const orgForms = bank.organizations
    .flatMap((org) => [org.name, ...org.aliases].map((form) => ({ form, org })))
    .sort((a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : 1));
  const orgByForm = new Map(orgForms.map(({ form, org }) => [form, org]));
  const orgPattern = new RegExp(orgForms.map((f) => escapeRegExp(f.form)).join('|'), 'gu');

  const keywordTopic = new Map<string, string>();
  for (const t of bank.topics) for (const k of t.keywords) if (!keywordTopic.has(k)) keywordTopic.set(k, t.slug);
  const keywords = [...keywordTopic.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const keywordPattern = new RegExp(keywords.map(escapeRegExp).join('|'), 'gu');
  const nounSet = new Set(bank.nouns);
  const topicBySlug = new Map(bank.topics.map((t) => [t.slug, t]));
  return { orgPattern, orgByForm, keywordTopic, keywordPattern, nounSet, topicBySlug };
}

export type Prepared = ReturnType<typeof prepare>;

/** Replaces `text[at, at+length)` by `word`, fitting a particle right after it (`특구를` → `보안을`). */
export function spliceWord(text: string, at: number, length: number, word: string): string {
  const rest = text.slice(at + length);
  const particle = SWAPPABLE_PARTICLE.exec(rest);
  if (!particle) return `${text.slice(0, at)}${word}${rest}`;
  return `${text.slice(0, at)}${word}${fitParticle(word, particle[1]!)}${rest.slice(particle[1]!.length)}`;
}

/** How this article names an organisation the sentence mentions: the same one, another known one, or a new company. */
function orgFor(ctx: ArticleContext, bank: PhraseBank, org: BankOrganization, form: string): string {
  const known = ctx.orgs.get(org.name);
  if (known) return known;
  const { rng } = ctx;
  let chosen: string;
  const r = rng.next();
  if (r < 0.5) chosen = form;
  else if (r < 0.8) {
    const other = rng.pick(bank.organizations);
    chosen = rng.chance(0.6) ? other.name : rng.pick([other.name, ...other.aliases]);
  } else chosen = freshCompanyName(ctx);
  ctx.orgs.set(org.name, chosen);
  return chosen;
}

function randomNumberLike(rng: Rng, digits: string): string {
  const [whole, fraction] = digits.split('.');
  const grouped = whole!.includes(',');
  const plain = whole!.replaceAll(',', '');
  let n = String(rng.int(plain.length > 1 ? 10 ** (plain.length - 1) : 1, 10 ** plain.length - 1));
  if (grouped) n = n.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  if (fraction === undefined) return n;
  let decimals = '';
  for (let i = 0; i < fraction.length; i++) decimals += String(rng.int(0, 9));
  return `${n}.${decimals}`;
}

/** Fresh numbers and dates of the same shape: years stay plausible years, months months, days days. */
function swapNumbers(text: string, rng: Rng): string {
  return text.replace(/(?<![A-Za-z0-9.])\d[\d,]*(?:\.\d+)?(?![A-Za-z0-9])(년|월|일|%)?/gu, (match, unit: string | undefined) => {
    const digits = unit ? match.slice(0, -unit.length) : match;
    const value = Number(digits.replaceAll(',', ''));
    if (/^\d{4}$/.test(digits) && value >= 1990 && value <= 2039) return `${rng.int(2023, 2027)}${unit ?? ''}`;
    if (unit === '월') return `${rng.int(1, 12)}월`;
    if (unit === '일') return `${rng.int(1, 28)}일`;
    if (unit === '%') return `${digits.includes('.') ? `${rng.int(1, 95)}.${rng.int(1, 9)}` : rng.int(1, 95)}%`;
    return `${randomNumberLike(rng, digits)}${unit ?? ''}`;
  });
}

// One private-use character per name (no digits: numbers are rewritten in between).
const PLACEHOLDER = /[\uE100-\uE1FF]/u;

/** One bank sentence as this article tells it. */
function renderSentence(source: string, ctx: ArticleContext, bank: PhraseBank, prep: Prepared): string {
  const { rng } = ctx;
  // 1. Organisations become placeholders so nothing below edits inside a name.
  const names: string[] = [];
  let text = source.replace(prep.orgPattern, (form, at: number, whole: string) => {
    if (!isStandalone(whole, at, form)) return form;
    names.push(orgFor(ctx, bank, prep.orgByForm.get(form)!, form));
    return String.fromCharCode(0xe100 + names.length - 1);
  });
  // 2. Numbers and dates.
  text = swapNumbers(text, rng);
  // 3. Topic keywords of other topics turn into this article's topic.
  let out = '';
  let last = 0;
  for (const m of text.matchAll(prep.keywordPattern)) {
    const at = m.index;
    if (at < last || !isStandalone(text, at, m[0])) continue;
    if (prep.keywordTopic.get(m[0]) === ctx.topic) continue;
    let word = ctx.keywords.get(m[0]);
    if (word === undefined) ctx.keywords.set(m[0], (word = rng.chance(0.4) ? rng.pick(ctx.topicKeywords) : m[0]));
    if (word === m[0]) continue;
    const particle = SWAPPABLE_PARTICLE.exec(text.slice(at + m[0].length));
    out += text.slice(last, at) + word + (particle ? fitParticle(word, particle[1]!) : '');
    last = at + m[0].length + (particle ? particle[1]!.length : 0);
  }
  text = out + text.slice(last);
  // 4. Nouns give way to other nouns of the beat.
  text = text
    .split(' ')
    .map((token) => {
      const m = /^([\p{Script=Hangul}]{2,8})(.*)$/u.exec(token);
      if (!m || !prep.nounSet.has(m[1]!) || !rng.chance(0.3)) return token;
      return spliceWord(token, 0, m[1]!.length, rng.chance(0.75) ? rng.pick(ctx.phrases.domainNouns) : rng.pick(bank.nouns));
    })
    .join(' ');
  // 5. Names back, with the particle after each fitted to the new name.
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    text = spliceWord(text, m.index, 1, names[m[0].charCodeAt(0) - 0xe100]!);
  }
  return text;
}

/** Pick body sentence indexes: a lead, then mostly sentences of the article's topic. */
export function chooseSentences(ctx: ArticleContext, bank: PhraseBank, want: number): number[] {
  const { rng } = ctx;
  const chosen: number[] = [];
  const used = new Set<number>();
  const topical = bank.byTopic.get(ctx.topic) ?? [];
  const take = (i: number) => {
    chosen.push(i);
    used.add(i);
  };
  if (bank.leads.length > 0) take(rng.pick(bank.leads));
  for (let guard = 0; chosen.length < want && guard < want * 20; guard++) {
    const pool = topical.length > 0 && rng.chance(0.3) ? topical : null;
    const i = pool ? rng.pick(pool) : rng.int(0, bank.sentences.length - 1);
    if (!used.has(i)) take(i);
  }
  return chosen;
}

export function renderBody(indexes: number[], ctx: ArticleContext, bank: PhraseBank, prep: Prepared): string[] {
  const { rng } = ctx;
  const body = indexes.map((i) => {
    const s = bank.sentences[i]!;
    let text = s.text;
    // Recombine clauses: this sentence's first clause with another sentence's second.
    if (s.clauseAt && bank.clausal.length > 1 && rng.chance(0.35)) {
      const other = bank.sentences[rng.pick(bank.clausal)]!;
      text = `${s.text.slice(0, s.clauseAt)}${other.text.slice(other.clauseAt)}`;
    }
    return renderSentence(text, ctx, bank, prep);
  });
  // The article's own facts go in after the lead.
  for (let k = rng.int(5, 8); k > 0; k--) body.splice(rng.int(1, Math.min(body.length, 8)), 0, fillTemplate(rng.pick(ctx.phrases.facts), ctx, bank));
  return body;
}
