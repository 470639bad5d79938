/**
 * Streams a seed file as raw lines. Lines are split on bytes (LF, CRLF, lone CR)
 * before decoding, which is safe for UTF-8 and for the legacy Korean encodings,
 * so a 200,000-line file is never held in memory as one string.
 */
import { createReadStream } from 'node:fs';
import { HANGUL_SYLLABLE_CLASS } from '../korean/hangul';

export type SeedEncoding = 'utf-8' | 'euc-kr';

export interface RawLine {
  /** 1-based line number. */
  line: number;
  text: string;
  /** The bytes were not valid in the file's encoding; the bad bytes became U+FFFD. */
  invalid: boolean;
}

const LF = 0x0a;
const CR = 0x0d;

/** Splits a byte stream into lines without decoding; yields each line's bytes. */
export async function* byteLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingCR = false;
  for await (const chunk of chunks) {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (pendingCR) {
        pendingCR = false;
        if (byte === LF && i === 0) {
          start = 1;
          continue;
        }
      }
      if (byte === LF || byte === CR) {
        pending.push(chunk.subarray(start, i));
        yield Buffer.concat(pending);
        pending = [];
        if (byte === CR) {
          if (i + 1 < chunk.length) {
            if (chunk[i + 1] === LF) i++;
          } else {
            pendingCR = true;
          }
        }
        start = i + 1;
      }
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) {
    const last = Buffer.concat(pending);
    // A final line terminator does not open an extra empty line.
    if (last.length > 0) yield last;
  }
}

const HANGUL_SYLLABLE = new RegExp(`[${HANGUL_SYLLABLE_CLASS}]`);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Decides how a file is encoded from its first bytes: UTF-8 unless the sample
 * is invalid UTF-8 *and* decodes cleanly as EUC-KR/CP949 (the usual legacy Korean
 * encoding). A file of mixed garbage stays UTF-8 and its bad lines are reported.
 */
export function sniffEncoding(sample: Buffer): SeedEncoding {
  const body = sample.subarray(0, sample.length - trailingPartialUtf8(sample));
  if (isValidUtf8(body)) return 'utf-8';
  try {
    const text = new TextDecoder('euc-kr', { fatal: true }).decode(sample.subarray(0, lastNewline(sample)));
    return HANGUL_SYLLABLE.test(text) ? 'euc-kr' : 'utf-8';
  } catch {
    return 'utf-8';
  }
}

function isValidUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** How many bytes at the end belong to a UTF-8 sequence cut by the sample boundary. */
function trailingPartialUtf8(bytes: Buffer): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? back : 0;
    }
    return 0;
  }
  return 0;
}

function lastNewline(bytes: Buffer): number {
  const i = Math.max(bytes.lastIndexOf(LF), bytes.lastIndexOf(CR));
  return i > 0 ? i : bytes.length;
}

/**
 * Share of NUL and non-text control bytes: high for images, archives and
 * executables. A stray NUL inside a text line is cleaned, not a reason to drop
 * the whole file, so only a noticeable share counts.
 */
export function looksBinary(sample: Buffer): boolean {
  if (sample.length === 0) return false;
  let nul = 0;
  let suspicious = 0;
  for (const b of sample) {
    if (b === 0) nul++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) suspicious++;
  }
  return nul / sample.length > 0.01 || (nul + suspicious) / sample.length > 0.1;
}

export interface SeedFileHead {
  encoding: SeedEncoding;
  binary: boolean;
  empty: boolean;
}

async function readHead(file: string, bytes = 64 * 1024): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of createReadStream(file, { start: 0, end: bytes - 1 })) {
    parts.push(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return Buffer.concat(parts, size);
}

export async function inspectSeedFile(file: string): Promise<SeedFileHead> {
  const head = await readHead(file);
  const sample = head.subarray(0, 3).equals(UTF8_BOM) ? head.subarray(3) : head;
  return { encoding: sniffEncoding(sample), binary: looksBinary(sample), empty: head.length === 0 };
}

/** Streams decoded lines of a seed file (BOM dropped, every line ending accepted). */
export async function* readSeedLines(file: string, encoding: SeedEncoding): AsyncGenerator<RawLine> {
  const strict = new TextDecoder(encoding, { fatal: true });
  const lenient = new TextDecoder(encoding);
  let line = 0;
  for await (let bytes of byteLines(createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>)) {
    line++;
    if (line === 1 && bytes.subarray(0, 3).equals(UTF8_BOM)) bytes = bytes.subarray(3);
    try {
      yield { line, text: strict.decode(bytes), invalid: false };
    } catch {
      yield { line, text: lenient.decode(bytes), invalid: true };
    }
  }
}
