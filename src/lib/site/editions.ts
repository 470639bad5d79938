/**
 * Editions: one per seed file, named by the file stem (`000_243a80f4f65a3ff9`).
 * The numeric prefix orders them (highest = latest); an optional sidecar
 * `<seedsDir>/<stem>.yaml` gives a title and date (read by edition-sidecar.ts;
 * this module is pure).
 */
import type { EditionMeta } from '../article-schema';
import { defaultSiteSettings, type EditionNaming } from './settings';
import { formatKoreanDate } from './display-text';

export interface EditionInfo {
  stem: string;
  /** Numeric prefix (`000` → 0), or null when the stem has none. */
  number: number | null;
  /** Short label, always available: `3호` (site.yaml `editions.label`). */
  shortLabel: string;
  /** Display label: the sidecar title, else the short label. */
  label: string;
  /** ISO date from the sidecar. */
  date?: string;
  /** `2026년 1월 12일`. */
  dateLabel?: string;
}

const PREFIX = /^(\d+)(?=[_\-.]|$)/;

export function editionNumber(stem: string): { number: number | null; digits: string | null } {
  const m = PREFIX.exec(stem);
  return m ? { number: Number(m[1]), digits: m[1]! } : { number: null, digits: null };
}

/**
 * Describes an edition for display. `ordinal` is its place counted from the
 * oldest edition (1 = first); without it the numeric prefix + 1 stands in
 * (`000_…` is the first edition). An edition with neither is named by its stem.
 */
export function describeEdition(
  stem: string,
  meta: EditionMeta = {},
  naming: EditionNaming = defaultSiteSettings.editions,
  ordinal?: number,
): EditionInfo {
  const { number } = editionNumber(stem);
  const n = ordinal ?? (number !== null ? number + 1 : null);
  const shortLabel = n === null && naming.label.includes('{n}') ? stem : naming.label.replaceAll('{n}', String(n)).replaceAll('{stem}', stem);
  const title = naming.useSidecarTitle ? meta.title : undefined;
  const info: EditionInfo = { stem, number, shortLabel, label: title ?? shortLabel };
  if (meta.date) {
    info.date = meta.date;
    info.dateLabel = formatKoreanDate(meta.date);
  }
  return info;
}

/**
 * Newest first: higher numeric prefix, then (equal or missing prefix) later
 * sidecar date, then stem descending. Stems without a number sort last.
 */
export function compareEditionsDesc(a: EditionInfo, b: EditionInfo): number {
  if (a.number !== b.number) {
    if (a.number === null) return 1;
    if (b.number === null) return -1;
    return b.number - a.number;
  }
  if ((a.date ?? '') !== (b.date ?? '')) return (b.date ?? '') < (a.date ?? '') ? -1 : 1;
  return a.stem < b.stem ? 1 : a.stem > b.stem ? -1 : 0;
}
