import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { byteLines, inspectSeedFile, looksBinary, readSeedLines, sniffEncoding } from '@/lib/seed/read-seed';

async function* chunks(...parts: Buffer[]) {
  yield* parts;
}

async function collect(source: AsyncIterable<Buffer>) {
  const out: string[] = [];
  for await (const line of byteLines(source)) out.push(line.toString('utf8'));
  return out;
}

function seedFile(bytes: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'seed-')), '001_test.txt');
  writeFileSync(file, bytes);
  return file;
}

async function readAll(file: string) {
  const head = await inspectSeedFile(file);
  const lines = [];
  for await (const line of readSeedLines(file, head.encoding)) lines.push(line);
  return { head, lines };
}

describe('byteLines', () => {
  it('accepts LF, CRLF and lone CR line ends', async () => {
    expect(await collect(chunks(Buffer.from('가\n나\r\n다\r라')))).toEqual(['가', '나', '다', '라']);
  });

  it('keeps a CRLF split across two chunks as one line end', async () => {
    expect(await collect(chunks(Buffer.from('가\r'), Buffer.from('\n나')))).toEqual(['가', '나']);
  });

  it('keeps blank lines so line numbers stay true, but adds none after a final newline', async () => {
    expect(await collect(chunks(Buffer.from('가\n\n나\n')))).toEqual(['가', '', '나']);
  });

  it('joins a multi-byte character split across chunks', async () => {
    const bytes = Buffer.from('과학기술', 'utf8');
    expect(await collect(chunks(bytes.subarray(0, 4), bytes.subarray(4)))).toEqual(['과학기술']);
  });
});

describe('encoding and binary detection', () => {
  it('treats valid UTF-8 as UTF-8 even when the sample ends mid-character', () => {
    expect(sniffEncoding(Buffer.from('과학기술', 'utf8').subarray(0, 5))).toBe('utf-8');
  });

  it('recognises EUC-KR (CP949) Korean text', () => {
    // "과학기술 정책" in EUC-KR.
    const euckr = Buffer.from([0xb0, 0xfa, 0xc7, 0xd0, 0xb1, 0xe2, 0xbc, 0xfa, 0x20, 0xc1, 0xa4, 0xc3, 0xa5, 0x0a]);
    expect(sniffEncoding(euckr)).toBe('euc-kr');
  });

  it('flags NUL bytes as binary', () => {
    expect(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))).toBe(true);
    expect(looksBinary(Buffer.from('평범한 텍스트\n', 'utf8'))).toBe(false);
  });
});

describe('readSeedLines', () => {
  it('drops a UTF-8 BOM and numbers lines from 1', async () => {
    const file = seedFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('첫 줄\r\n둘째 줄', 'utf8')]));
    const { head, lines } = await readAll(file);
    expect(head.encoding).toBe('utf-8');
    expect(lines).toEqual([
      { line: 1, text: '첫 줄', invalid: false },
      { line: 2, text: '둘째 줄', invalid: false },
    ]);
  });

  it('marks a line with invalid UTF-8 bytes instead of throwing', async () => {
    const file = seedFile(Buffer.concat([Buffer.from('좋은 줄\n나쁜 ', 'utf8'), Buffer.from([0xff, 0xfe]), Buffer.from(' 줄\n', 'utf8')]));
    const { lines } = await readAll(file);
    expect(lines[0]!.invalid).toBe(false);
    expect(lines[1]!.invalid).toBe(true);
    expect(lines[1]!.text).toContain('\ufffd');
  });

  it('decodes an EUC-KR file', async () => {
    const euckr = Buffer.from([0xb0, 0xfa, 0xc7, 0xd0, 0xb1, 0xe2, 0xbc, 0xfa, 0x20, 0xc1, 0xa4, 0xc3, 0xa5]);
    const { head, lines } = await readAll(seedFile(euckr));
    expect(head.encoding).toBe('euc-kr');
    expect(lines[0]!.text).toBe('과학기술 정책');
  });

  it('reports an empty file as empty', async () => {
    const { head, lines } = await readAll(seedFile(Buffer.alloc(0)));
    expect(head.empty).toBe(true);
    expect(lines).toEqual([]);
  });
});

describe('looksBinary', () => {
  it('keeps a text file with a stray NUL as text', () => {
    const text = Buffer.from(`${'과학기술정보통신부는 예산을 발표했다. '.repeat(20)}\u0000 끝\n`, 'utf8');
    expect(looksBinary(text)).toBe(false);
  });
});
