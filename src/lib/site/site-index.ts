/**
 * The site model: every article indexed by id, edition, topic and organisation,
 * in display order. Built once per build from plain data (no Astro imports) so
 * it can be unit-tested and so each page only does look-ups.
 */
import type { Article } from '../article-schema';
import { organizationKinds, type OrganizationKind, type Topic } from '../editorial/schema';
import { kindOfDiscoveredName, romanizedSlug } from '../corpus/organization-names';
import type { DirectoryEntry } from '../corpus/organizations';
import { compareEditionsDesc, describeEdition, type EditionInfo } from './editions';
import type { EditionMeta } from '../article-schema';
import type { EditionNaming } from './settings';

export interface TopicInfo {
  slug: string;
  name: string;
  description: string;
  /** False for slugs an article carries but topics.yaml does not define. */
  known: boolean;
  count: number;
}

export interface OrganizationInfo {
  name: string;
  slug: string;
  kind: OrganizationKind;
  /** Not in the directory: found in the articles by ingest. */
  discovered: boolean;
  count: number;
}

export interface OrganizationGroup {
  kind: OrganizationKind;
  organizations: OrganizationInfo[];
}

export interface EditionEntry extends EditionInfo {
  count: number;
}

export interface SiteIndex {
  /** All articles, newest edition first, then by line in the seed file. */
  articles: Article[];
  byId: Map<string, Article>;
  /** Editions newest first (only those with articles). */
  editions: EditionEntry[];
  editionByStem: Map<string, EditionEntry>;
  /** Articles of one edition in seed-line order. */
  byEdition: Map<string, Article[]>;
  /** Topics in topics.yaml order (then unknown slugs), with counts. */
  topics: TopicInfo[];
  topicBySlug: Map<string, TopicInfo>;
  /** Articles of a topic, newest edition first. */
  byTopic: Map<string, Article[]>;
  /** Organisations that have articles (directory and discovered), most articles first. */
  organizations: OrganizationInfo[];
  /** The same, grouped by kind in the index page's order (empty groups left out). */
  organizationGroups: OrganizationGroup[];
  /** Canonical name or alias → organisation. */
  organizationByName: Map<string, OrganizationInfo>;
  organizationBySlug: Map<string, OrganizationInfo>;
  byOrganization: Map<string, Article[]>;
  /** id → every id in its same-story group (including itself), in article order. */
  sameStoryGroup: Map<string, string[]>;
}

export interface SiteIndexInput {
  articles: Article[];
  topics: Topic[];
  organizations: readonly DirectoryEntry[];
  /** Sidecar metadata per edition stem (missing = none). */
  editionMeta?: (stem: string) => EditionMeta;
  /** How editions are named (site.yaml `editions`); default `{n}호`. */
  editionNaming?: EditionNaming;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Article id → the ids of its story: union-find over `sameStory` links, treated as undirected; links to unknown ids are ignored. */
export function linkedStoryGroups(articles: Article[]): Map<string, string[]> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let cur = x;
    while (cur !== root) {
      const next = parent.get(cur)!;
      parent.set(cur, root);
      cur = next;
    }
    return root;
  };
  for (const a of articles) parent.set(a.id, a.id);
  for (const a of articles) {
    for (const other of a.sameStory) {
      if (!parent.has(other) || other === a.id) continue;
      const ra = find(a.id);
      const rb = find(other);
      if (ra !== rb) parent.set(rb, ra);
    }
  }
  const members = new Map<string, string[]>();
  for (const a of articles) push(members, find(a.id), a.id);
  const groups = new Map<string, string[]>();
  for (const list of members.values()) for (const id of list) groups.set(id, list);
  return groups;
}

export function buildSiteIndex(input: SiteIndexInput): SiteIndex {
  const metaOf = input.editionMeta ?? (() => ({}));

  // Editions, newest first.
  const editionByStem = new Map<string, EditionEntry>();
  for (const a of input.articles) {
    const entry = editionByStem.get(a.edition);
    if (entry) entry.count += 1;
    else editionByStem.set(a.edition, { ...describeEdition(a.edition, metaOf(a.edition)), count: 1 });
  }
  const editions = [...editionByStem.values()].sort(compareEditionsDesc);
  // Now that their order is known, name them by their place (the oldest is 1).
  editions.forEach((e, i) => {
    Object.assign(e, describeEdition(e.stem, metaOf(e.stem), input.editionNaming, editions.length - i));
  });
  const editionRank = new Map(editions.map((e, i) => [e.stem, i]));

  const articles = [...input.articles].sort(
    (a, b) =>
      editionRank.get(a.edition)! - editionRank.get(b.edition)! ||
      a.source.line - b.source.line ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const byId = new Map(articles.map((a) => [a.id, a]));

  const byEdition = new Map<string, Article[]>();
  const byTopic = new Map<string, Article[]>();
  for (const a of articles) {
    push(byEdition, a.edition, a);
    for (const t of new Set(a.topics)) push(byTopic, t, a);
  }

  // Topics: dictionary order, fallback topic last, then slugs not in the dictionary.
  const ordered = [...input.topics.filter((t) => !t.fallback), ...input.topics.filter((t) => t.fallback)];
  const topics: TopicInfo[] = ordered.map((t) => ({
    slug: t.slug,
    name: t.name,
    description: t.description,
    known: true,
    count: byTopic.get(t.slug)?.length ?? 0,
  }));
  const known = new Set(topics.map((t) => t.slug));
  for (const [slug, list] of byTopic) {
    if (!known.has(slug)) topics.push({ slug, name: slug, description: '', known: false, count: list.length });
  }
  const topicBySlug = new Map(topics.map((t) => [t.slug, t]));

  // Organisations: the article holds canonical names; map names and aliases to the dictionary entry.
  const organizationByName = new Map<string, OrganizationInfo>();
  const organizationBySlug = new Map<string, OrganizationInfo>();
  for (const o of input.organizations) {
    const info: OrganizationInfo = { name: o.name, slug: o.slug ?? romanizedSlug(o.name), kind: o.kind ?? 'other', discovered: false, count: 0 };
    organizationBySlug.set(info.slug, info);
    for (const n of [o.name, ...o.aliases]) if (!organizationByName.has(n)) organizationByName.set(n, info);
  }
  // Names the directory does not list were discovered by ingest: they get a page too.
  const unlisted = [...new Set(articles.flatMap((a) => a.organizations))].filter((n) => !organizationByName.has(n)).sort();
  for (const [name, slug] of discoveredSlugs(unlisted, new Set(organizationBySlug.keys()))) {
    const info: OrganizationInfo = { name, slug, kind: kindOfDiscoveredName(name), discovered: true, count: 0 };
    organizationBySlug.set(slug, info);
    organizationByName.set(name, info);
  }
  const byOrganization = new Map<string, Article[]>();
  for (const a of articles) {
    const seen = new Set<string>();
    for (const name of a.organizations) {
      const info = organizationByName.get(name);
      if (!info || seen.has(info.slug)) continue;
      seen.add(info.slug);
      info.count += 1;
      push(byOrganization, info.slug, a);
    }
  }
  const organizations = [...organizationBySlug.values()]
    .filter((o) => o.count > 0)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'ko'));
  const organizationGroups = organizationKinds
    .map((kind) => ({ kind, organizations: organizations.filter((o) => o.kind === kind) }))
    .filter((g) => g.organizations.length > 0);

  return {
    articles,
    byId,
    editions,
    editionByStem,
    byEdition,
    topics,
    topicBySlug,
    byTopic,
    organizations,
    organizationGroups,
    organizationByName,
    organizationBySlug,
    byOrganization,
    sameStoryGroup: linkedStoryGroups(articles),
  };
}

/**
 * Page slugs for discovered names: the romanised name (`가람모빌리티` →
 * `garammobilliti`), with a short hash of the name where two names or a
 * directory entry would share it, so no page depends on which names exist.
 */
export function discoveredSlugs(names: readonly string[], taken: ReadonlySet<string>): Map<string, string> {
  const bySlug = new Map<string, string[]>();
  for (const name of names) push(bySlug, romanizedSlug(name), name);
  const out = new Map<string, string>();
  for (const [slug, list] of bySlug) {
    for (const name of list) out.set(name, list.length > 1 || taken.has(slug) ? `${slug}-${nameHash(name)}` : slug);
  }
  return out;
}

/** Six hex digits of FNV-1a over the name. */
function nameHash(name: string): string {
  let h = 0x811c9dc5;
  for (const ch of name) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0').slice(0, 6);
}
