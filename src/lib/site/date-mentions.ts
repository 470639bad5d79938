/**
 * Dates an article gives without a year or month (`10일`, `4월 24일`), read
 * against its edition's date. News leads date events by the day alone (`10일
 * 밝혔다`), which a reader can place only with the month and year in mind.
 *
 * Only readings that are not a guess are returned:
 *  - `M월 D일` takes the year that puts it nearest the edition date, if that is
 *    within MONTH_DAY_WINDOW days; `지난`/`오는` pick the past/future side.
 *  - a bare `D일` is in the edition's month when D is not after the edition's
 *    day (it already happened, or is today); `지난 D일` is the latest such day
 *    on or before the edition date, `오는 D일` the earliest on or after it.
 *    A bare day after the edition's day could be later this month or last
 *    month, so it is left alone.
 * Full dates (`2026년 4월 10일`), durations (`3일간`, `30일 동안`) and
 * impossible dates are skipped.
 */
import { formatKoreanDate } from './display-text';

export interface DateMention {
  /** As written, without `지난`/`오는` (`10일`, `4월 24일`). */
  text: string;
  /** `2026-04-10`. */
  iso: string;
  /** `2026년 4월 10일`. */
  label: string;
}

/** How far (in days) from the edition a month-day date may be and still count as unambiguous. */
export const MONTH_DAY_WINDOW = 150;

const MENTION =
  /(?<![\d,.])(?:(?<year>\d{4})년\s?)?(?:(?<month>\d{1,2})월\s?)?(?<![\d,.])(?<day>\d{1,2})일(?!간|째|치|까지의|\s?(?:동안|이내|만에|간격))/gu;
const SIDE = /(?:^|\s)(지난|오는)\s$/u;

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function parseIso(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValid(date) ? date : null;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function isValid({ y, m, d }: Ymd): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function dayNumber({ y, m, d }: Ymd): number {
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function shiftMonth({ y, m }: Ymd, by: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + by;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

function toIso({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function readMonthDay(m: number, d: number, edition: Ymd, side: string | undefined): Ymd | null {
  const today = dayNumber(edition);
  const candidates = [edition.y - 1, edition.y, edition.y + 1]
    .map((y) => ({ y, m, d }))
    .filter(isValid)
    .filter((c) => (side === '지난' ? dayNumber(c) <= today : side === '오는' ? dayNumber(c) >= today : true))
    .sort((a, b) => Math.abs(dayNumber(a) - today) - Math.abs(dayNumber(b) - today));
  const best = candidates[0];
  return best && Math.abs(dayNumber(best) - today) <= MONTH_DAY_WINDOW ? best : null;
}

function readDay(d: number, edition: Ymd, side: string | undefined): Ymd | null {
  if (side === undefined) return d <= edition.d ? { y: edition.y, m: edition.m, d } : null;
  const months = side === '지난' ? [0, -1] : [0, 1];
  for (const by of months) {
    const candidate = { ...shiftMonth(edition, by), d };
    if (!isValid(candidate)) continue;
    const diff = dayNumber(candidate) - dayNumber(edition);
    if (side === '지난' ? diff <= 0 : diff >= 0) return candidate;
  }
  return null;
}

/** The month-day and day mentions of `text` that `editionDate` (ISO) places, first occurrence of each, in text order. */
export function readDateMentions(text: string, editionDate: string | undefined): DateMention[] {
  const edition = editionDate ? parseIso(editionDate) : null;
  if (!edition) return [];
  const out: DateMention[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(MENTION)) {
    const g = match.groups ?? {};
    if (g.year !== undefined) continue;
    const written = match[0];
    if (seen.has(written)) continue;
    const side = SIDE.exec(text.slice(Math.max(0, (match.index ?? 0) - 4), match.index))?.[1];
    const day = Number(g.day);
    const date = g.month !== undefined ? readMonthDay(Number(g.month), day, edition, side) : readDay(day, edition, side);
    if (!date) continue;
    seen.add(written);
    const iso = toIso(date);
    out.push({ text: written, iso, label: formatKoreanDate(iso) });
  }
  return out;
}
