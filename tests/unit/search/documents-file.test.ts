/**
 * The prepared search documents: written whole, read back as a stream, refused
 * when malformed (the two halves of the index step: sharded-index.test.ts).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchDocument } from '@/lib/search/search-document-html';
import { PLAIN_CONFIG } from '@/lib/search/search-documents';
import { entriesFingerprint, readDocumentsFile, writeDocumentsFile } from '@/lib/search/documents-file';

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
