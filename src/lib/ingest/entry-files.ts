/**
 * Article entries on disk: serialised with gray-matter, written atomically
 * (temp file + rename, so a killed run never leaves a half-written entry) and
 * only when their bytes change, so a repeated ingest touches nothing.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { dump as dumpYaml, load as loadYaml } from 'js-yaml';
import { articleSchema, type Article } from '../article-schema';

const ENTRY_FILE = /^[0-9a-f]{12}\.md$/;
const TEMP_PREFIX = '.tmp-';

/**
 * gray-matter's bundled YAML writer (js-yaml 3) leaves strings such as the id
 * `0135331e0165` unquoted, and Astro's reader (js-yaml 4, YAML 1.2) then reads
 * a number. Writing with js-yaml 4 quotes every string that its own reader
 * would take for something else.
 */
const yamlEngine = {
  parse: (text: string) => loadYaml(text) as object,
  stringify: (data: object) => dumpYaml(data, { lineWidth: -1 }),
};

export function serializeEntry(data: Article, body: string): string {
  const checked = articleSchema.parse(data);
  // Absent optional fields are dropped rather than written as null.
  const plain = JSON.parse(JSON.stringify(checked)) as Record<string, unknown>;
  return matter.stringify(body, plain, { engines: { yaml: yamlEngine } });
}

/**
 * Reads an entry back with the same YAML engine it was written with. gray-matter's
 * default reader (js-yaml 3) takes an id such as `39782e240414` for a number
 * (Infinity) although js-yaml 4 writes it bare, as YAML 1.2 allows.
 */
export function parseEntry(text: string): { data: Record<string, unknown>; body: string } {
  const parsed = matter(text, { engines: { yaml: yamlEngine } });
  return { data: parsed.data, body: parsed.content };
}

export type WriteOutcome = 'new' | 'changed' | 'unchanged';

/**
 * `exists` says whether the entry is already on disk (the caller listed the
 * folder once), so new entries skip a read that would only fail.
 */
export function writeEntryAtomically(dir: string, id: string, content: string, exists = true): WriteOutcome {
  const file = path.join(dir, `${id}.md`);
  let previous: string | undefined;
  if (exists) {
    try {
      previous = readFileSync(file, 'utf8');
    } catch {
      previous = undefined;
    }
  }
  if (previous === content) return 'unchanged';
  const temp = path.join(dir, `${TEMP_PREFIX}${id}-${randomBytes(4).toString('hex')}`);
  writeFileSync(temp, content, 'utf8');
  renameSync(temp, file);
  return previous === undefined ? 'new' : 'changed';
}

/** Serialises an entry and writes it; a dry run writes nothing and says what writing would do. */
export function saveEntry(dir: string, data: Article, body: string, exists: boolean, dryRun = false): WriteOutcome {
  const content = serializeEntry(data, body);
  if (!dryRun) return writeEntryAtomically(dir, data.id, content, exists);
  if (!exists) return 'new';
  return readFileSync(path.join(dir, `${data.id}.md`), 'utf8') === content ? 'unchanged' : 'changed';
}

/** Ensures the folder exists and clears temp files a killed run may have left. */
export function prepareEntriesDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.startsWith(TEMP_PREFIX)) rmSync(path.join(dir, name), { force: true });
}

export function listEntryIds(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => ENTRY_FILE.test(name))
    .map((name) => name.slice(0, -3))
    .sort();
}

/** Best-effort look at where a stale entry came from, for the removal report. */
export function entrySourceFile(dir: string, id: string): string | undefined {
  try {
    const { data } = parseEntry(readFileSync(path.join(dir, `${id}.md`), 'utf8'));
    const file = (data as { source?: { file?: unknown } }).source?.file;
    return typeof file === 'string' ? file : undefined;
  } catch {
    return undefined;
  }
}

export function removeEntry(dir: string, id: string): void {
  rmSync(path.join(dir, `${id}.md`), { force: true });
}
