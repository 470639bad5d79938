import { describe, expect, it } from 'vitest';
import { displayWidth, escapeCell, formatBytes, formatCount, formatDuration, markdownTable, verdictCell } from '../../bench/speed/table';

describe('markdownTable', () => {
  it('pads columns (Hangul counts double) and marks alignment', () => {
    const table = markdownTable(['측정', 'N'], [['수집', '1,000'], ['astro build', '10']], { align: ['left', 'right'] });
    expect(table.split('\n')).toEqual([
      '| 측정        |     N |',
      '| ----------- | ----: |',
      '| 수집        | 1,000 |',
      '| astro build |    10 |',
    ]);
  });

  it('escapes pipes and line breaks, and fills short rows', () => {
    const table = markdownTable(['a', 'b', 'c'], [['x|y', 'line\nbreak']]);
    expect(table).toContain('x\\|y');
    expect(table).toContain('line break');
    expect(table.split('\n')[2]!.split(' | ')).toHaveLength(3);
    expect(escapeCell('a\\b')).toBe('a\\\\b');
  });

  it('centres when asked', () => {
    expect(markdownTable(['x'], [['1']], { align: ['center'] }).split('\n')[1]).toBe('| :-: |');
  });
});

describe('formats', () => {
  it('measures display width', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('검색')).toBe(4);
  });

  it('formats bytes, durations and counts', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(30 * 1024)).toBe('30.0 KB');
    expect(formatBytes(3.5 * 1024 * 1024)).toBe('3.50 MB');
    expect(formatBytes(250 * 1024 * 1024)).toBe('250.0 MB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.00 GB');
    expect(formatDuration(840)).toBe('840 ms');
    expect(formatDuration(1234)).toBe('1.23 s');
    expect(formatDuration(12_345)).toBe('12.3 s');
    expect(formatDuration(125_000)).toBe('2 min 05 s');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(verdictCell('PASS')).toContain('PASS');
    expect(verdictCell('FAIL')).toContain('FAIL');
  });
});
