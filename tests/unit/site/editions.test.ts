import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareEditionsDesc, describeEdition, editionNumber, readEditionMeta } from '@/lib/site/editions';
import { fixtureDir } from './helpers';

describe('describeEdition', () => {
  it('names an edition by its place, the first one 1호', () => {
    const e = describeEdition('000_243a80f4f65a3ff9');
    expect(e).toMatchObject({ number: 0, shortLabel: '1호', label: '1호' });
    expect(e.date).toBeUndefined();
    expect(describeEdition('007_x', {}, undefined, 3)).toMatchObject({ shortLabel: '3호' });
  });

  it('uses the sidecar title and date', () => {
    const e = describeEdition('012_x', { title: '신년 특집', date: '2026-01-02' });
    expect(e).toMatchObject({ number: 12, shortLabel: '13호', label: '신년 특집', date: '2026-01-02', dateLabel: '2026년 1월 2일' });
  });

  it('follows the naming scheme of site.yaml', () => {
    const naming = { label: '제{n}호 ({stem})', useSidecarTitle: false };
    const e = describeEdition('012_x', { title: '신년 특집', date: '2026-01-02' }, naming, 5);
    expect(e).toMatchObject({ shortLabel: '제5호 (012_x)', label: '제5호 (012_x)', dateLabel: '2026년 1월 2일' });
  });

  it('falls back to the stem without a number', () => {
    expect(describeEdition('special')).toMatchObject({ number: null, shortLabel: 'special', label: 'special' });
    expect(editionNumber('12abc')).toEqual({ number: null, digits: null });
    expect(editionNumber('7')).toEqual({ number: 7, digits: '7' });
  });
});

describe('compareEditionsDesc', () => {
  it('orders by the highest number first, then date, unnumbered last', () => {
    const stems = ['001_b', 'zzz', '010_a', '002_c', '000_d'];
    const sorted = stems.map((s) => describeEdition(s)).sort(compareEditionsDesc).map((e) => e.stem);
    expect(sorted).toEqual(['010_a', '002_c', '001_b', '000_d', 'zzz']);
  });

  it('compares numerically, not as text', () => {
    const sorted = ['9_a', '10_b', '100_c'].map((s) => describeEdition(s)).sort(compareEditionsDesc).map((e) => e.stem);
    expect(sorted).toEqual(['100_c', '10_b', '9_a']);
  });
});

describe('readEditionMeta', () => {
  it('reads the fixture sidecar', () => {
    expect(readEditionMeta(path.join(fixtureDir, 'seeds'), '001_5c1e0d9a7b3f2e48')).toEqual({
      title: '2026년 1월 둘째 주 과학·ICT 소식',
      date: '2026-01-12',
    });
  });

  it('returns {} when there is no sidecar', () => {
    expect(readEditionMeta(path.join(fixtureDir, 'seeds'), '000_243a80f4f65a3ff9')).toEqual({});
  });

  it('names the file when the sidecar is invalid', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'edition-meta-'));
    writeFileSync(path.join(dir, '003_x.yaml'), 'date: 12월 3일\n');
    expect(() => readEditionMeta(dir, '003_x')).toThrow(/003_x\.yaml: date/);
    writeFileSync(path.join(dir, '004_x.yaml'), 'title: [unclosed\n');
    expect(() => readEditionMeta(dir, '004_x')).toThrow(/004_x\.yaml/);
  });

  it('accepts an empty sidecar', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'edition-meta-'));
    writeFileSync(path.join(dir, '005_x.yaml'), '');
    expect(readEditionMeta(dir, '005_x')).toEqual({});
  });
});
