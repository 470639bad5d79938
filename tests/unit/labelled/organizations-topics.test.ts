/**
 * Organisations and topics measured on labelled files through the real ingest:
 * the labelled seed (tests/fixtures/labelled) and a held-out sample written
 * apart from the rules (tests/fixtures/held-out). Prints recall, what the
 * articles record beyond the gold labels, the fallback rate and topic
 * agreement, and holds floors.
 *
 * Gold topics are plain words; the map below says which project topics
 * accept each of them. It lives here only: the product knows nothing of it.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleSchema, type Article } from '@/lib/article-schema';
import { loadEditorial } from '@/lib/editorial/load';
import { parseEntry } from '@/lib/ingest/entry-files';
import { runIngest, type IngestResult } from '@/lib/ingest/run-ingest';

const ACCEPTED_TOPICS: Record<string, string[]> = {
  'AI safety': ['ai'],
  agritech: ['agritech'],
  'batteries/EV': ['batteries'],
  'broadcasting/media policy': ['broadcasting'],
  'data centres/cloud': ['software'],
  'disaster-safety tech': ['disaster-safety'],
  'energy/nuclear': ['energy'],
  fintech: ['fintech'],
  'games/content': ['games-content'],
  'mobility/autonomous driving': ['mobility'],
  'ocean/polar research': ['ocean-polar'],
  'platform regulation': ['platforms'],
  'public-sector digital services': ['govtech'],
  semiconductors: ['semiconductors'],
  space: ['space'],
  // Labels of the held-out sample beyond the fixed set.
  quantum: ['quantum'],
  'bio/health': ['bio-health'],
  'startups/venture': ['startups'],
  education: ['digital-inclusion'],
  security: ['security'],
  AI: ['ai'],
  'weather/climate': ['climate', 'disaster-safety'],
  robotics: ['robotics'],
  'intellectual property': ['law'],
};

interface Gold {
  line: number;
  topics: string[];
  entities: string[];
}

interface Measure {
  lines: number;
  recall: number;
  found: number;
  named: number;
  missed: string[];
  recorded: number;
  beyondGold: string[];
  fallback: number;
  topicAgreement: number;
  firstTopicAgreement: number;
  result: IngestResult;
}

const editorial = loadEditorial(path.resolve('content'));
/** A name counts as the gold name when the directory says they are one organisation (`KAIST` = 한국과학기술원). */
const canonical = new Map<string, string>();
for (const o of editorial.organizations) for (const form of [o.name, ...o.aliases]) canonical.set(form, o.name);
const canon = (name: string) => canonical.get(name) ?? name;

async function measure(seed: string): Promise<Measure> {
  const gold: Gold[] = JSON.parse(readFileSync(seed.replace(/\.txt$/, '.gold.json'), 'utf8')).gold;
  const articlesDir = path.join(mkdtempSync(path.join(tmpdir(), 'labelled-')), 'articles');
  const result = await runIngest({ seedFiles: [seed], articlesDir, editorial });
  const byLine = new Map<number, Article>();
  for (const name of readdirSync(articlesDir)) {
    const article = articleSchema.parse(parseEntry(readFileSync(path.join(articlesDir, name), 'utf8')).data);
    byLine.set(article.source.line, article);
  }
  let found = 0;
  let named = 0;
  let recorded = 0;
  let fallback = 0;
  let agree = 0;
  let agreeFirst = 0;
  const missed: string[] = [];
  const beyondGold: string[] = [];
  for (const g of gold) {
    const article = byLine.get(g.line);
    expect(article, `line ${g.line} became an article`).toBeDefined();
    const recordedNames = new Set(article!.organizations.map(canon));
    const goldNames = new Set(g.entities.map(canon));
    for (const name of goldNames) {
      named++;
      if (recordedNames.has(name)) found++;
      else missed.push(`${g.line}:${name}`);
    }
    for (const name of recordedNames) {
      recorded++;
      if (!goldNames.has(name)) beyondGold.push(`${g.line}:${name}`);
    }
    if (article!.topics.includes('general')) fallback++;
    const accepted = new Set(g.topics.flatMap((t) => ACCEPTED_TOPICS[t] ?? []));
    if (article!.topics.some((t) => accepted.has(t))) agree++;
    if (accepted.has(article!.topics[0]!)) agreeFirst++;
  }
  const m: Measure = {
    lines: gold.length,
    recall: found / named,
    found,
    named,
    missed,
    recorded,
    beyondGold,
    fallback,
    topicAgreement: agree / gold.length,
    firstTopicAgreement: agreeFirst / gold.length,
    result,
  };
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    [
      `${path.basename(seed)}: ${gold.length} lines`,
      `  organisation recall: ${found}/${named} = ${pct(m.recall)}${missed.length ? ` (missed ${missed.join(', ')})` : ''}`,
      `  organisations recorded: ${recorded}, not in gold: ${beyondGold.length}${beyondGold.length ? ` (${beyondGold.join(', ')})` : ''}`,
      `  fallback topic: ${fallback}/${gold.length}`,
      `  topic agreement: ${agree}/${gold.length} = ${pct(m.topicAgreement)} (first topic ${agreeFirst}/${gold.length} = ${pct(m.firstTopicAgreement)})`,
      `  organisations found outside the directory: ${result.foundOrganizations.map((o) => o.name).join(', ')}`,
    ].join('\n'),
  );
  return m;
}

describe('organisations and topics on the labelled seed', () => {
  let m: Measure;
  beforeAll(async () => {
    m = await measure(path.resolve('tests/fixtures/labelled/101_e3a94c07b51d28f6.txt'));
  });

  it('records at least 90% of the organisations the lines name', () => {
    expect(m.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('records few names that are not organisations of the line', () => {
    expect(m.beyondGold.length).toBeLessThanOrEqual(Math.ceil(m.recorded * 0.05));
  });

  it('leaves at most one line in 30 in the fallback topic, and agrees with the gold topics', () => {
    expect(m.fallback * 30).toBeLessThanOrEqual(m.lines);
    expect(m.topicAgreement).toBeGreaterThanOrEqual(0.9);
  });

  it('reports the companies it found, with where', () => {
    const found = m.result.foundOrganizations.find((o) => o.name === '두리페이');
    expect(found).toMatchObject({ kind: 'company', articles: 2 });
    expect(found!.places.every((p) => p.file === '101_e3a94c07b51d28f6.txt' && p.cue.includes('두리페이'))).toBe(true);
  });
});

describe('organisations and topics on the held-out sample', () => {
  let m: Measure;
  beforeAll(async () => {
    m = await measure(path.resolve('tests/fixtures/held-out/102_5f0c2e9a7d41b8c3.txt'));
  });

  it('holds the same floors', () => {
    expect(m.recall).toBeGreaterThanOrEqual(0.9);
    expect(m.beyondGold.length).toBeLessThanOrEqual(Math.ceil(m.recorded * 0.05));
    expect(m.fallback * 30).toBeLessThanOrEqual(m.lines * 2);
    expect(m.topicAgreement).toBeGreaterThanOrEqual(0.85);
  });
});
