import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseEntry } from '@/lib/ingest/entry-files';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '@/lib/article-schema';
import { loadEditorial } from '@/lib/editorial/load';
import { runIngest } from '@/lib/ingest/run-ingest';
import { parseCorrections } from '@/lib/editorial/corrections';
import { encodeEucKr } from '../../support/euc-kr';

const editorial = loadEditorial(path.resolve('content'));
const fixtures = path.resolve('tests/fixtures/seeds');

function workspace(seedNames: string[] = []) {
  const root = mkdtempSync(path.join(tmpdir(), 'ingest-'));
  const seeds = path.join(root, 'seeds');
  mkdirSync(seeds);
  for (const name of seedNames) copyFileSync(path.join(fixtures, name), path.join(seeds, name));
  const articlesDir = path.join(root, 'articles');
  const seedFiles = () => readdirSync(seeds).map((n) => path.join(seeds, n));
  const ingest = () => runIngest({ seedFiles: seedFiles(), articlesDir, editorial });
  const snapshot = () =>
    Object.fromEntries(readdirSync(articlesDir).sort().map((n) => [n, readFileSync(path.join(articlesDir, n), 'utf8')]));
  return { root, seeds, articlesDir, ingest, snapshot };
}

const korean = (n: number) =>
  `과학기술정보통신부는 ${n}일 연구개발 예산 배분 방안을 발표했다. 올해 예산은 ${n}00억 원 규모로 지난해보다 늘었다. 세부 계획은 다음 달`;

describe('runIngest on well-formed seeds', () => {
  it('writes one schema-valid entry per distinct line and records every source of a repeated line', async () => {
    const ws = workspace(['001_small.txt', '002_repeat.txt']);
    const result = await ws.ingest();
    expect(result.articles.total).toBe(4);
    expect(result.duplicates).toEqual([{ file: '002_repeat.txt', line: 1, of: { file: '001_small.txt', line: 2 } }]);
    const entries = Object.values(ws.snapshot()).map((text) => articleSchema.parse(parseEntry(text).data));
    const repeated = entries.find((e) => e.sources.length === 2)!;
    expect(repeated.sources).toEqual([
      { file: '001_small.txt', line: 2 },
      { file: '002_repeat.txt', line: 1 },
    ]);
    expect(repeated.edition).toBe('001_small');
  });

  it('changes no byte when run twice', async () => {
    const ws = workspace(['001_small.txt', '002_repeat.txt']);
    await ws.ingest();
    const before = ws.snapshot();
    const second = await ws.ingest();
    expect(second.articles).toMatchObject({ new: [], changed: [], removed: [], unchanged: 4 });
    expect(ws.snapshot()).toEqual(before);
  });

  it('keeps ids when a seed file is added, and removes and reports articles whose seed file is gone', async () => {
    const ws = workspace(['002_repeat.txt']);
    await ws.ingest();
    const before = Object.keys(ws.snapshot());
    copyFileSync(path.join(fixtures, '001_small.txt'), path.join(ws.seeds, '001_small.txt'));
    const added = await ws.ingest();
    const after = Object.keys(ws.snapshot());
    for (const name of before) expect(after).toContain(name);
    expect(added.articles.new).toHaveLength(2);

    rmSync(path.join(ws.seeds, '002_repeat.txt'));
    const removed = await ws.ingest();
    expect(removed.articles.removed).toHaveLength(1);
    expect(removed.articles.removed[0]!.file).toBe('002_repeat.txt');
    expect(Object.keys(ws.snapshot())).toHaveLength(3);
  });

  it('leaves no temp files behind and cleans up ones a killed run left', async () => {
    const ws = workspace(['001_small.txt']);
    mkdirSync(ws.articlesDir);
    writeFileSync(path.join(ws.articlesDir, '.tmp-abandoned'), 'half');
    await ws.ingest();
    expect(readdirSync(ws.articlesDir).filter((n) => n.startsWith('.tmp'))).toEqual([]);
  });
});

describe('runIngest on bad input', () => {
  it('accounts for every line of a messy file: article, duplicate, blank or rejected with file:line', async () => {
    const ws = workspace();
    const lines: Buffer[] = [
      Buffer.from([0xef, 0xbb, 0xbf]), // BOM glued to line 1
      Buffer.from(`${korean(1)}\r\n`), // 1 CRLF
      Buffer.from(`${korean(2)}   \r`), // 2 trailing spaces, lone CR
      Buffer.from('   \t  \n'), // 3 whitespace only
      Buffer.from('\n'), // 4 blank
      Buffer.from(`\u001b[31m${korean(4)}\u0000\u0007\n`), // 5 ANSI + controls
      Buffer.concat([Buffer.from(korean(5).slice(0, 20)), Buffer.from([0xff, 0xfe]), Buffer.from(`${korean(5).slice(20)}\n`)]), // 6 invalid UTF-8
      Buffer.from(`${korean(1)}\n`), // 7 exact duplicate of line 1
      Buffer.from(`${'가나다라 '.repeat(12_000)}\n`), // 8 a 60,000-character line
      Buffer.from('🚀🔥✨ !!! ??? … 123\n'), // 9 emoji and punctuation
      Buffer.from('The ministry announced a research budget increase for next year today.\n'), // 10 English only
      Buffer.from('과기정통부, 예산 확대\n'), // 11 headline only
      Buffer.from(korean(12).normalize('NFD')), // 12 decomposed Hangul, no final newline
    ];
    writeFileSync(path.join(ws.seeds, '003_messy.txt'), Buffer.concat(lines));
    const result = await ws.ingest();

    const file = result.files[0]!;
    expect(file.lines).toBe(12);
    expect(file.articles + file.duplicates + file.blank + file.rejected).toBe(file.lines);
    expect(file).toMatchObject({ articles: 5, duplicates: 1, blank: 2, rejected: 4 });
    expect(result.rejections.map((r) => `${r.file}:${r.line}:${r.code}`)).toEqual([
      '003_messy.txt:8:too-long',
      '003_messy.txt:9:no-text',
      '003_messy.txt:10:not-korean',
      '003_messy.txt:11:too-short',
    ]);
    expect(result.warnings.map((w) => w.line)).toEqual(expect.arrayContaining([5, 6]));

    const texts = Object.values(ws.snapshot()).map((t) => parseEntry(t).body);
    expect(texts.join('\n')).not.toMatch(/[\u0000-\u0008\u001b\ufffd]/);
    expect(texts.some((t) => t.includes(korean(12).slice(0, 10)))).toBe(true);
  });

  it('reports an empty file and a binary file without failing the run', async () => {
    const ws = workspace(['001_small.txt']);
    writeFileSync(path.join(ws.seeds, '004_empty.txt'), '');
    writeFileSync(path.join(ws.seeds, '005_image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const result = await ws.ingest();
    expect(result.articles.total).toBe(3);
    expect(result.warnings).toContainEqual({ file: '004_empty.txt', line: 0, message: expect.stringContaining('빈 파일') });
    expect(result.rejections).toContainEqual(expect.objectContaining({ file: '005_image.txt', line: 1, code: 'not-text-file' }));
  });

  it('decodes an EUC-KR file and warns that it is not UTF-8', async () => {
    const ws = workspace();
    const text = `${korean(7)}\n`;
    // Node decodes EUC-KR but cannot encode it, so the test builds the bytes itself.
    writeFileSync(path.join(ws.seeds, '006_legacy.txt'), encodeEucKr(text));
    const result = await ws.ingest();
    expect(result.files[0]!.encoding).toBe('euc-kr');
    expect(result.articles.total).toBe(1);
    expect(result.warnings[0]!.message).toContain('EUC-KR');
    expect(Object.values(ws.snapshot())[0]).toContain('연구개발 예산 배분 방안');
  });

  it('streams a 200,000-line file', async () => {
    const ws = workspace();
    const filler = `${'짧은 줄\n'.repeat(99_999)}${korean(9)}\n${'\n'.repeat(100_000)}`;
    writeFileSync(path.join(ws.seeds, '007_long.txt'), filler);
    const result = await ws.ingest();
    expect(result.lines).toBe(200_000);
    expect(result.articles.total).toBe(1);
    expect(result.files[0]).toMatchObject({ rejected: 99_999, blank: 100_000 });
  }, 60_000);
});

describe('runIngest with editor corrections', () => {
  it('applies a correction by article id on every run and reports one whose article is gone', async () => {
    const ws = workspace();
    const line = '우주청 재사용 발사체 개발 착수 정부가 재사용 발사체 개발에 1,870억 원을 투입한다. 우주항공청은 2032년까지';
    writeFileSync(path.join(ws.seeds, '001_x.txt'), `${line}\n${korean(3)}\n`);
    const first = await ws.ingest();
    const id = first.articles.new.find((i) => {
      const entry = parseEntry(readFileSync(path.join(ws.articlesDir, `${i}.md`), 'utf8'));
      return String(entry.data.title).startsWith('우주청');
    })!;
    const corrections = parseCorrections(
      `articles:\n  - id: ${id}\n    title: 재사용 발사체에 1,870억 원\n    topics: [ai]\n  - id: 0123456789ab\n    title: 없는 기사\n`,
      'corrections.yaml',
      new Set(editorial.topics.map((t) => t.slug)),
    );
    const corrected = () =>
      runIngest({ seedFiles: [path.join(ws.seeds, '001_x.txt')], articlesDir: ws.articlesDir, editorial: { ...editorial, corrections: corrections.corrections }, corrections });
    for (let run = 0; run < 2; run++) {
      const result = await corrected();
      expect(result.corrections.applied).toBe(1);
      expect(result.corrections.skipped).toEqual([{ file: 'corrections.yaml', line: 5, message: expect.stringContaining('0123456789ab') }]);
      const entry = articleSchema.parse(parseEntry(readFileSync(path.join(ws.articlesDir, `${id}.md`), 'utf8')).data);
      expect(entry).toMatchObject({ title: '재사용 발사체에 1,870억 원', titleDerived: false, topics: ['ai'] });
    }
    rmSync(ws.root, { recursive: true, force: true });
  });
});
