/**
 * Prepared search documents on disk, as JSON lines: what the first half of the
 * index step (reading the entries and the Korean analysis, which needs no
 * built pages and so runs while Astro builds them) hands to the second half
 * (Pagefind). Line 1 is the header; every further line is
 * one document.
 *
 * The header records a fingerprint of the entries folder, so documents
 * prepared from other entries (ingest ran again in between) are refused
 * rather than indexed.
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, mkdirSync, openSync, readdirSync, renameSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { SearchDocument } from './search-document-html';
import type { SearchConfigFile } from './search-documents';

const FORMAT = 'news-digest-search-documents/1';

export interface DocumentsHeader {
  format: typeof FORMAT;
  config: SearchConfigFile;
  /** Documents that follow. */
  pages: number;
  /** Extra search tokens over all documents. */
  tokens: number;
  /** `entriesFingerprint` of the entries the documents were made from. */
  entries: string;
  /** Files to write next to the index (the vocabulary shards). */
  files?: { path: string; content: string }[];
}

/** Names, sizes and modification times of the entry files, hashed. */
export function entriesFingerprint(articlesDir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(articlesDir).filter((n) => n.endsWith('.md')).sort()) {
    const st = statSync(path.join(articlesDir, name));
    hash.update(`${name}\0${st.size}\0${st.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * One JSON value on one line. JSON leaves U+2028/U+2029 raw, and the line
 * reader below splits at them, so they are written as escapes.
 */
function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Writes the file whole or not at all (temp file, then rename). */
export function writeDocumentsFile(file: string, header: Omit<DocumentsHeader, 'format'>, documents: readonly SearchDocument[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, `${jsonLine({ format: FORMAT, ...header })}\n`);
    let chunk = '';
    for (const doc of documents) {
      chunk += `${jsonLine({ url: doc.url, file: doc.file, html: doc.html })}\n`;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}

export interface DocumentsReader {
  header: DocumentsHeader;
  /** The documents, read as they are consumed (the file is never held whole). */
  documents: AsyncIterable<SearchDocument>;
}

export async function readDocumentsFile(file: string): Promise<DocumentsReader> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  const header = (first.done ? undefined : JSON.parse(first.value)) as DocumentsHeader | undefined;
  if (header?.format !== FORMAT) throw new Error(`${file}: not a prepared search documents file (${FORMAT})`);
  let line = 1;
  async function* documents(): AsyncGenerator<SearchDocument> {
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      line += 1;
      if (!next.value) continue;
      let doc: Partial<SearchDocument>;
      try {
        doc = JSON.parse(next.value) as Partial<SearchDocument>;
      } catch (error) {
        throw new Error(`${file}:${line}: not a search document (${(error as Error).message})`, { cause: error });
      }
      if (typeof doc.url !== 'string' || typeof doc.file !== 'string' || typeof doc.html !== 'string') {
        throw new Error(`${file}:${line}: not a search document`);
      }
      yield doc as SearchDocument;
    }
  }
  return { header, documents: documents() };
}
