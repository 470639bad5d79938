/** Markdown tables and the number formats the benchmark report uses. Pure. */
import { HANGUL_FIRST, HANGUL_LAST } from '../../src/lib/korean/hangul';

export type Align = 'left' | 'right' | 'center';

export interface TableOptions {
  /** One per column; numbers read best right-aligned. Default: left. */
  align?: readonly Align[];
}

/** `|` and line breaks would break a cell; everything else is kept as written. */
export function escapeCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Display width: wide (Hangul, CJK, full-width) characters take two columns, so the raw table lines up in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= HANGUL_FIRST && code <= HANGUL_LAST) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number, align: Align): string {
  const gap = Math.max(0, width - displayWidth(text));
  if (align === 'right') return ' '.repeat(gap) + text;
  if (align === 'center') return ' '.repeat(Math.floor(gap / 2)) + text + ' '.repeat(Math.ceil(gap / 2));
  return text + ' '.repeat(gap);
}

/** A GitHub-flavoured Markdown table with padded columns. Short rows are filled with empty cells. */
export function markdownTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, options: TableOptions = {}): string {
  const columns = Math.max(headers.length, ...rows.map((r) => r.length));
  const cell = (row: readonly string[], i: number) => escapeCell(row[i] ?? '');
  const align = (i: number): Align => options.align?.[i] ?? 'left';
  const widths = Array.from({ length: columns }, (_, i) =>
    Math.max(3, displayWidth(cell(headers, i)), ...rows.map((r) => displayWidth(cell(r, i)))),
  );
  const line = (row: readonly string[]) => `| ${widths.map((w, i) => pad(cell(row, i), w, align(i))).join(' | ')} |`;
  const rule = widths.map((w, i) => {
    const a = align(i);
    if (a === 'right') return `${'-'.repeat(w - 1)}:`;
    if (a === 'center') return `:${'-'.repeat(w - 2)}:`;
    return '-'.repeat(w);
  });
  return [line(headers), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** 1234 → `1,234`. */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Bytes with a binary unit: `812 B`, `14.2 KB`, `3.41 MB`, `1.20 GB` (1 KB = 1024 B). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '–';
  const abs = Math.abs(bytes);
  if (abs < 1024) return `${Math.round(bytes)} B`;
  if (abs < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (abs < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(abs < 100 * 1024 ** 2 ? 2 : 1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

/** Milliseconds as `840 ms`, `12.3 s`, `4 min 05 s`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)} min ${String(total % 60).padStart(2, '0')} s`;
}

export type Verdict = 'PASS' | 'FAIL' | 'n/a';

export function verdictCell(verdict: Verdict): string {
  if (verdict === 'PASS') return '✅ PASS';
  if (verdict === 'FAIL') return '❌ FAIL';
  return 'n/a';
}
