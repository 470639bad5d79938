/**
 * The ingest stage: seed files in, validated article entries out, and an
 * account of every input line (article, duplicate, blank or rejected).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { SourceRef } from '../article-schema';
import { fillRelated } from '../corpus/fill-related';
import { mentionedNames } from '../corpus/organizations';
import { proposeTopics, type TopicProposal } from '../corpus/propose-topics';
import type { OrganizationKind } from '../editorial/schema';
import { distinctiveNumbers } from '../corpus/similar-articles';
import type { CorrectionsFile } from '../editorial/corrections';
import type { Editorial } from '../editorial/schema';
import { cleanLine, type CleaningNote } from '../seed/clean-line';
import { inspectSeedFile, readSeedLines } from '../seed/read-seed';
import { INVALID_SIDECAR, readEditionSidecar, sidecarOfSeed } from '../editorial/edition-sidecar';
import type { ComposedArticle } from './compose-article';
import { IngestPool } from './ingest-pool';
import { entrySourceFile, listEntryIds, prepareEntriesDir, removeEntry } from './entry-files';
import { defaultVerdictOptions, judgeLine, type LineVerdictOptions, type RejectionCode } from './line-verdict';

export interface IngestOptions {
  seedFiles: string[];
  articlesDir: string;
  editorial: Editorial;
  verdict?: LineVerdictOptions;
  /** Write nothing; report what would change. */
  dryRun?: boolean;
  /** Called every few thousand lines with the running line count. */
  onProgress?: (linesRead: number) => void;
  /** The corrections file as read, for reporting its problems and corrections of ids that no longer exist. */
  corrections?: CorrectionsFile;
}

export interface Rejection {
  file: string;
  line: number;
  code: RejectionCode;
  reason: string;
}

export interface Warning {
  file: string;
  line: number;
  message: string;
}

export interface FileSummary {
  file: string;
  encoding: string;
  lines: number;
  articles: number;
  duplicates: number;
  blank: number;
  rejected: number;
}

/** An organisation the directory does not list, found in the corpus (for the editor to confirm, alias or ignore). */
export interface FoundOrganization {
  name: string;
  kind: OrganizationKind;
  /** Articles that name it (also those where it was not introduced, only mentioned). */
  articles: number;
  /** Where it was introduced, with the words that showed it is an organisation. */
  places: Array<SourceRef & { cue: string }>;
}

export interface IngestResult {
  files: FileSummary[];
  lines: number;
  articles: { total: number; new: string[]; changed: string[]; unchanged: number; removed: Array<{ id: string; file?: string }> };
  duplicates: Array<{ file: string; line: number; of: SourceRef }>;
  rejections: Rejection[];
  warnings: Warning[];
  /** Organisations found outside the directory, by name. */
  foundOrganizations: FoundOrganization[];
  /** Groups of fallback-topic articles that share key nouns: topics the taxonomy may lack. */
  topicProposals: TopicProposal[];
  /** Editor's corrections applied, and those skipped with why (file and line). */
  corrections: { applied: number; skipped: Warning[] };
}

const RELATED_PER_ARTICLE = 4;

const NOTE_MESSAGES: Record<CleaningNote, string> = {
  'invalid-utf8': '잘못된 UTF-8 바이트를 지웠습니다',
  'control-characters': '제어 문자를 지웠습니다',
  'ansi-escapes': 'ANSI 색 코드를 지웠습니다',
  'invisible-characters': '보이지 않는 문자(폭 없는 공백 등)를 지웠습니다',
};

export async function runIngest(options: IngestOptions): Promise<IngestResult> {
  const verdict = options.verdict ?? defaultVerdictOptions;
  // Files in name order (NNN_ prefix), so the earliest edition owns a repeated line.
  const seedFiles = [...options.seedFiles].sort((a, b) => path.basename(a).localeCompare(path.basename(b)) || a.localeCompare(b));

  const byText = new Map<string, SourceRef[]>();
  const result: IngestResult = {
    files: [],
    lines: 0,
    articles: { total: 0, new: [], changed: [], unchanged: 0, removed: [] },
    duplicates: [],
    rejections: [],
    warnings: [],
    foundOrganizations: [],
    topicProposals: [],
    corrections: { applied: 0, skipped: [] },
  };

  // Lines are composed (on worker threads, for large runs) while the rest is still being read.
  const pool = new IngestPool(options.editorial);
  let composed: ComposedArticle[];
  try {
    await readLines(seedFiles, verdict, options, result, byText, pool);
    composed = await composeAndRelate(pool, result);

    if (!options.dryRun) prepareEntriesDir(options.articlesDir);
    const existing = existsSync(options.articlesDir) ? new Set(listEntryIds(options.articlesDir)) : new Set<string>();
    const entries = composed.map((a) => ({ data: a.data, body: a.body, exists: existing.has(a.data.id) }));
    const outcomes = await pool.saveEntries(options.articlesDir, entries, options.dryRun);
    composed.forEach((article, i) => {
      const id = article.data.id;
      if (outcomes[i] === 'new') result.articles.new.push(id);
      else if (outcomes[i] === 'changed') result.articles.changed.push(id);
      else result.articles.unchanged++;
      existing.delete(id);
    });
    for (const stale of [...existing].sort()) {
      result.articles.removed.push({ id: stale, file: entrySourceFile(options.articlesDir, stale) });
      if (!options.dryRun) removeEntry(options.articlesDir, stale);
    }
  } finally {
    pool.close();
  }
  result.articles.total = composed.length;
  if (options.corrections) reportCorrections(options.corrections, composed, result);
  result.rejections.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return result;
}

/** Counts the corrections applied; lists the file's problems and corrections whose article no longer exists. */
function reportCorrections(file: CorrectionsFile, composed: readonly ComposedArticle[], result: IngestResult): void {
  const skipped = result.corrections.skipped;
  for (const p of file.problems) skipped.push({ file: file.file, line: p.line, message: p.message });
  const ids = new Set(composed.map((a) => a.data.id));
  for (const c of file.corrections) {
    if (ids.has(c.id)) result.corrections.applied++;
    else skipped.push({ file: file.file, line: c.line, message: `정정할 기사 ${c.id} 가 없습니다 (시드에서 빠졌거나 줄이 바뀌었습니다)` });
  }
  skipped.sort((a, b) => a.line - b.line);
}

/** The composed articles, less the headline-only lines (reported), with their related and same-story lists. */
async function composeAndRelate(pool: IngestPool, result: IngestResult): Promise<ComposedArticle[]> {
  const composed: ComposedArticle[] = [];
  for (const article of await pool.finish()) {
    if (article.data.deck.length === 0 && !article.data.titleDerived && article.body.trim() === '') {
      // A line that is all headline has nothing to read: report it rather than publish an empty page.
      const first = article.data.source;
      const file = result.files.find((f) => f.file === first.file);
      if (file) {
        file.articles--;
        file.rejected++;
      }
      result.rejections.push({ file: first.file, line: first.line, code: 'headline-only', reason: '제목만 있고 본문이 없습니다' });
      continue;
    }
    composed.push(article);
  }

  const similar = await pool.findSimilar(
    composed.map((a) => ({ id: a.data.id, text: a.text, terms: a.terms, numbers: distinctiveNumbers(a.text) })),
    { maxRelated: RELATED_PER_ARTICLE },
  );
  for (const article of composed) {
    article.data.related = similar.related.get(article.data.id) ?? [];
    article.data.sameStory = similar.sameStory.get(article.data.id) ?? [];
  }
  fillRelated(composed.map((a) => a.data), RELATED_PER_ARTICLE);
  result.foundOrganizations = collectFoundOrganizations(composed);
  result.topicProposals = proposeTopics(
    composed
      .filter((a) => a.fallbackNouns.length > 0)
      .map((a) => ({ id: a.data.id, title: a.data.title, source: a.data.source, nouns: a.fallbackNouns })),
  );
  return composed;
}

/**
 * Gathers the names discovered in each article, and records each of them in
 * every other article that mentions it (an article may name a company that
 * only another article introduced).
 */
function collectFoundOrganizations(composed: readonly ComposedArticle[]): FoundOrganization[] {
  const found = new Map<string, FoundOrganization>();
  for (const article of composed) {
    for (const d of article.discovered) {
      let entry = found.get(d.name);
      if (!entry) found.set(d.name, (entry = { name: d.name, kind: d.kind, articles: 0, places: [] }));
      entry.places.push({ ...article.data.source, cue: d.cue });
    }
  }
  if (found.size === 0) return [];
  const names = new Set(found.keys());
  const longest = Math.max(...[...names].map((n) => n.length));
  for (const article of composed) {
    const own = new Set(article.data.organizations);
    for (const name of mentionedNames(article.text, names, longest)) if (!own.has(name)) article.data.organizations.push(name);
    for (const name of article.data.organizations) {
      const entry = found.get(name);
      if (entry) entry.articles++;
    }
  }
  return [...found.values()].sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name, 'ko'));
}

/** Reads, cleans and judges every line; each new text goes to the ingest pool, repeats are recorded. */
async function readLines(
  seedFiles: readonly string[],
  verdict: LineVerdictOptions,
  options: IngestOptions,
  result: IngestResult,
  byText: Map<string, SourceRef[]>,
  pool: IngestPool,
): Promise<void> {
  for (const seedFile of seedFiles) {
    const file = path.basename(seedFile);
    const head = await inspectSeedFile(seedFile);
    const summary: FileSummary = { file, encoding: head.encoding, lines: 0, articles: 0, duplicates: 0, blank: 0, rejected: 0 };
    result.files.push(summary);
    if (head.empty) {
      result.warnings.push({ file, line: 0, message: '빈 파일입니다' });
      continue;
    }
    if (head.binary) {
      summary.rejected++;
      result.rejections.push({ file, line: 1, code: 'not-text-file', reason: '텍스트 파일이 아닙니다 (NUL 또는 제어 바이트가 많습니다); 파일 전체를 건너뜁니다' });
      continue;
    }
    if (head.encoding !== 'utf-8') {
      result.warnings.push({ file, line: 0, message: `UTF-8 이 아니라 ${head.encoding.toUpperCase()}(CP949) 로 읽었습니다; UTF-8 로 저장해 주세요` });
    }
    checkSidecar(seedFile, result);

    for await (const raw of readSeedLines(seedFile, head.encoding)) {
      summary.lines++;
      result.lines++;
      if (options.onProgress && result.lines % 5000 === 0) options.onProgress(result.lines);
      const { text, notes } = cleanLine(raw.text);
      if (raw.invalid && !notes.includes('invalid-utf8')) notes.unshift('invalid-utf8');
      if (text === '') {
        summary.blank++;
        continue;
      }
      const judged = judgeLine(text, verdict);
      if (!judged.ok) {
        summary.rejected++;
        result.rejections.push({ file, line: raw.line, code: judged.code, reason: judged.reason });
        continue;
      }
      for (const note of notes) result.warnings.push({ file, line: raw.line, message: NOTE_MESSAGES[note] });
      const ref = { file, line: raw.line };
      const seen = byText.get(text);
      if (seen) {
        seen.push(ref);
        summary.duplicates++;
        result.duplicates.push({ ...ref, of: seen[0]! });
      } else {
        const sources = [ref];
        byText.set(text, sources);
        pool.add({ text, sources });
        summary.articles++;
      }
    }
  }
}

/** `NNN_hash.yaml` beside a seed names the edition's title and date; a broken one is reported, never fatal. */
function checkSidecar(seedFile: string, result: IngestResult): void {
  const sidecar = sidecarOfSeed(seedFile);
  if (!sidecar) return;
  const file = path.basename(sidecar);
  for (const problem of readEditionSidecar(sidecar).problems) {
    result.rejections.push({ file, line: problem.line ?? 1, code: INVALID_SIDECAR, reason: problem.message });
  }
}
