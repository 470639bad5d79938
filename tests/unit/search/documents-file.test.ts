/**
 * The prepared search documents: written whole, read back as a stream, refused
 * when malformed; and the second half of the index step refusing documents
 * that no longer match the entries or point at pages the build did not write,
 * and waiting for the pages to be built before it checks them and writes.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLAIN_CONFIG, type SearchDocument } from '@/lib/search/build-index';
import { entriesFingerprint, readDocumentsFile, writeDocumentsFile } from '@/lib/search/documents-file';
import { indexPrepared, prepareDocuments } from '@/lib/search/run-index';
import type { ProjectPaths } from '@/lib/project-paths';

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'documents-file-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const docs: SearchDocument[] = [
  { url: '/articles/aaaaaaaaaaaa/', file: '/x/a.html', html: '<p>첫째 "따옴표"\n줄바꿈</p>' },
  { url: '/articles/bbbbbbbbbbbb/', file: '/x/b.html', html: '<p>둘째 \u2028 구분자</p>' },
];

async function readAll(file: string) {
  const { header, documents } = await readDocumentsFile(file);
  const out: SearchDocument[] = [];
  for await (const d of documents) out.push(d);
  return { header, out };
}

describe('documents file', () => {
  it('reads back exactly what was written, header first', async () => {
    const file = path.join(work, 'sub', 'docs.jsonl');
    writeDocumentsFile(file, { config: PLAIN_CONFIG, pages: 2, tokens: 7, entries: 'abc' }, docs);
    const { header, out } = await readAll(file);
    expect(header).toMatchObject({ pages: 2, tokens: 7, entries: 'abc', config: PLAIN_CONFIG });
    expect(out).toEqual(docs);
    expect(readdirSync(path.dirname(file))).toEqual(['docs.jsonl']);
  });

  it('refuses a file that is not one, and names the line of a broken document', async () => {
    const other = path.join(work, 'other.jsonl');
    writeFileSync(other, '{"hello":1}\n');
    await expect(readDocumentsFile(other)).rejects.toThrow(/not a prepared search documents file/);
    const file = path.join(work, 'docs.jsonl');
    writeDocumentsFile(file, { config: PLAIN_CONFIG, pages: 2, tokens: 0, entries: 'abc' }, docs);
    writeFileSync(file, '{"url":"/x/"}\n', { flag: 'a' });
    await expect(readAll(file)).rejects.toThrow(/docs\.jsonl:4: not a search document/);
  });

  it('fingerprints the entries folder by name, size and time', () => {
    const dir = path.join(work, 'articles');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'aaaaaaaaaaaa.md'), 'x');
    const before = entriesFingerprint(dir);
    expect(entriesFingerprint(dir)).toBe(before);
    utimesSync(path.join(dir, 'aaaaaaaaaaaa.md'), new Date(), new Date(Date.now() + 5000));
    expect(entriesFingerprint(dir)).not.toBe(before);
  });
});

describe('prepareDocuments → indexPrepared', () => {
  const realArticles = path.resolve('content', 'articles');
  function site(): ProjectPaths {
    const contentDir = path.join(work, 'content');
    cpSync(realArticles, path.join(contentDir, 'articles'), { recursive: true });
    mkdirSync(path.join(contentDir, 'seeds'), { recursive: true });
    return {
      dataDir: path.resolve('content'),
      seedsDir: path.join(contentDir, 'seeds'),
      articlesDir: path.join(contentDir, 'articles'),
      reportFile: path.join(contentDir, 'ingest-report.txt'),
      outDir: path.join(work, 'dist'),
      cacheDir: path.join(work, 'cache'),
    };
  }
  const ids = () => readdirSync(realArticles).filter((n) => n.endsWith('.md')).map((n) => n.slice(0, -3));
  const buildPages = (paths: ProjectPaths, except = new Set<string>()) => {
    for (const id of ids()) {
      if (except.has(id)) continue;
      mkdirSync(path.join(paths.outDir, 'articles', id), { recursive: true });
      writeFileSync(path.join(paths.outDir, 'articles', id, 'index.html'), '<!doctype html>');
    }
  };

  it('prepares without built pages, then indexes every page once they exist', async () => {
    const paths = site();
    const prepared = prepareDocuments({ paths, base: '/' });
    expect(prepared.pages).toBe(ids().length);
    expect(prepared.tokens).toBeGreaterThan(0);
    buildPages(paths);
    const figures = await indexPrepared({ paths, base: '/' });
    expect(figures.pages).toBe(ids().length);
    expect(figures.mode).toBe('augmented');
  }, 60_000);

  it('refuses documents prepared from other entries', async () => {
    const paths = site();
    prepareDocuments({ paths, base: '/' });
    buildPages(paths);
    const first = path.join(paths.articlesDir, `${ids()[0]}.md`);
    utimesSync(first, new Date(), new Date(Date.now() + 10_000));
    await expect(indexPrepared({ paths, base: '/' })).rejects.toThrow(/prepared from other entries/);
  });

  it('adds the documents before the pages exist and checks the pages only once they are built', async () => {
    const paths = site();
    prepareDocuments({ paths, base: '/' });
    let markBuilt!: () => void;
    const pagesBuilt = new Promise<void>((resolve) => (markBuilt = resolve));
    const indexing = indexPrepared({ paths, base: '/', pagesBuilt });
    // No page exists yet: the step must be waiting, not failing, and must not have written anything.
    const early = await Promise.race([indexing.then(() => 'finished', () => 'failed'), new Promise((r) => setTimeout(() => r('waiting'), 1500))]);
    expect(early).toBe('waiting');
    expect(existsSync(path.join(paths.outDir, 'pagefind'))).toBe(false);
    buildPages(paths);
    markBuilt();
    const figures = await indexing;
    expect(figures.pages).toBe(ids().length);
    expect(figures.phases!.add).toBeGreaterThan(0);
    expect(existsSync(path.join(paths.outDir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  }, 60_000);

  it('names the pages the build did not write, and writes no index', async () => {
    const paths = site();
    prepareDocuments({ paths, base: '/' });
    const missing = ids()[3]!;
    buildPages(paths, new Set([missing]));
    await expect(indexPrepared({ paths, base: '/' })).rejects.toThrow(new RegExp(`1 article page\\(s\\) missing.*${missing}`));
    expect(readdirSync(path.join(paths.outDir))).toEqual(['articles']);
  }, 60_000);
});
