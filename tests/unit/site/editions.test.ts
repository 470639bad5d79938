import { describe, expect, it } from 'vitest';
import { compareEditionsDesc, describeEdition, editionNumber } from '@/lib/site/editions';

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
