import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readEditionMeta, readEditionSidecar, sidecarOfSeed } from '@/lib/editorial/edition-sidecar';
import { loadEditorial } from '@/lib/editorial/load';
import { runIngest } from '@/lib/ingest/run-ingest';
import { readSearchPages } from '@/lib/search/pages';

const fixtureSeeds = path.resolve('tests/fixtures/site/seeds');
const scratch = () => mkdtempSync(path.join(tmpdir(), 'edition-sidecar-'));

/** A sidecar with a YAML typo (an unclosed flow sequence) on line 2. */
const TYPO = '# 판 정보\ntitle: [2026년 1월 첫째 주\ndate: 2026-01-05\n';

describe('readEditionSidecar', () => {
  it('reads a valid sidecar', () => {
    expect(readEditionSidecar(path.join(fixtureSeeds, '001_5c1e0d9a7b3f2e48.yaml'))).toEqual({
      meta: { title: '2026년 1월 둘째 주 과학·ICT 소식', date: '2026-01-12' },
      problems: [],
    });
  });

  it('treats a missing or empty sidecar as no metadata', () => {
    const dir = scratch();
    expect(readEditionSidecar(path.join(dir, '000_x.yaml'))).toEqual({ meta: {}, problems: [] });
    writeFileSync(path.join(dir, '005_x.yaml'), '');
    expect(readEditionSidecar(path.join(dir, '005_x.yaml'))).toEqual({ meta: {}, problems: [] });
  });

  it('skips a sidecar with a YAML typo and says on which line', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, '004_x.yaml'), TYPO);
    const { meta, problems } = readEditionSidecar(path.join(dir, '004_x.yaml'));
    expect(meta).toEqual({});
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.message).toMatch(/^판 정보 파일이 올바르지 않아 무시합니다: /);
  });

  it('skips a sidecar whose values are wrong, naming the key and its line', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, '003_x.yaml'), 'title: 특별판\ndate: 12월 3일\n');
    expect(readEditionSidecar(path.join(dir, '003_x.yaml'))).toEqual({
      meta: {},
      problems: [{ line: 2, message: expect.stringMatching(/무시합니다: date: /) }],
    });
  });

  it('pairs a seed file with its sidecar', () => {
    expect(sidecarOfSeed('/s/001_ab.txt')).toBe('/s/001_ab.yaml');
    expect(sidecarOfSeed('/s/001_ab.md')).toBeUndefined();
  });
});

describe('a bad sidecar in every stage: reported and skipped, never fatal', () => {
  afterEach(() => vi.restoreAllMocks());

  it('site stage: readEditionMeta reports file:line and gives no metadata', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, '003_x.yaml'), 'date: 12월 3일\n');
    const report: string[] = [];
    expect(readEditionMeta(dir, '003_x', (line) => report.push(line))).toEqual({});
    expect(report).toEqual([expect.stringMatching(/003_x\.yaml:1: invalid-sidecar: 판 정보 파일이 올바르지 않아 무시합니다: date: /)]);
  });

  it('ingest and search documents run through a sidecar with a YAML typo', async () => {
    const root = scratch();
    const seeds = path.join(root, 'seeds');
    const articlesDir = path.join(root, 'articles');
    mkdirSync(seeds);
    copyFileSync(path.resolve('tests/fixtures/seeds/001_small.txt'), path.join(seeds, '001_small.txt'));
    writeFileSync(path.join(seeds, '001_small.yaml'), TYPO);
    const editorial = loadEditorial(path.resolve('content'));

    const result = await runIngest({ seedFiles: [path.join(seeds, '001_small.txt')], articlesDir, editorial });
    expect(result.articles.total).toBeGreaterThan(0);
    const sidecarRejections = result.rejections.filter((r) => r.code === 'invalid-sidecar');
    expect(sidecarRejections.length).toBeGreaterThan(0);
    expect(sidecarRejections[0]).toMatchObject({ file: '001_small.yaml', line: expect.any(Number) });
    expect(readdirSync(articlesDir).length).toBe(result.articles.total);

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const pages = readSearchPages({ articlesDir, seedsDir: seeds, outDir: path.join(root, 'dist'), editorial, base: '/', requireBuiltPages: false });
    expect(pages.length).toBe(result.articles.total);
    // The edition keeps its numbered name.
    expect(new Set(pages.map((p) => p.edition.label))).toEqual(new Set(['1호']));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/001_small\.yaml:\d+: invalid-sidecar: /));
  });
});
