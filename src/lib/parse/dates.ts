/**
 * Dates mentioned in a text, exactly as written: `2026년`, `2026년도`,
 * `12월 29일`, `26일` (a bare day is how news leads date events), `내년 1월`.
 * A relative year or month word is kept when it anchors a month or day;
 * `지난`/`오는` are dropped since they only say which side of today it is.
 */

const RELATIVE = '(?:올해|내년|지난해|작년|금년|내달|이달|지난달|다음 달)';
const DATE = new RegExp(
  [
    // 2025. 12. 30. and 2025-12-30
    String.raw`(?<![\d.])(?<dotted>\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?)(?!\d)`,
    String.raw`(?<![\d-])(?<iso>\d{4}-\d{2}-\d{2})(?![\d-])`,
    // 2026년(도)? (12월 (29일)?)?
    String.raw`(?<![\d,.])(?<year>\d{4})년(?<fiscal>도)?(?:\s?(?<ym>\d{1,2})월(?:\s?(?<yd>\d{1,2})일)?)?`,
    // (내년 )?1월( 18일)?
    String.raw`(?:(?<rel>${RELATIVE})\s)?(?<![\d,.])(?<month>\d{1,2})월(?:\s?(?<md>\d{1,2})일)?`,
    // (내달 )?19일
    String.raw`(?:(?<drel>${RELATIVE})\s)?(?<![\d,.])(?<day>\d{1,2})일`,
  ].join('|'),
  'gu',
);
/** A day count, not a date: `3일간`, `30일 동안`, `1일째`. */
const DURATION_AFTER = /^(?:간|째|치|분|\s?(?:동안|이내|만에))/u;

function validMonth(m: string | undefined): boolean {
  return m === undefined || (Number(m) >= 1 && Number(m) <= 12);
}
function validDay(d: string | undefined): boolean {
  return d === undefined || (Number(d) >= 1 && Number(d) <= 31);
}

export function extractDates(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const match of text.matchAll(DATE)) {
    const g = match.groups ?? {};
    const value = match[0];
    const after = text.slice((match.index ?? 0) + value.length, (match.index ?? 0) + value.length + 6);
    let ok: boolean;
    if (g.dotted !== undefined || g.iso !== undefined) {
      const [, m, d] = value.split(/[.-]\s?/u);
      ok = validMonth(m) && validDay(d);
    } else if (g.year !== undefined) {
      const year = Number(g.year);
      ok = year >= 1900 && year <= 2100 && validMonth(g.ym) && validDay(g.yd);
    } else if (g.month !== undefined) {
      ok = validMonth(g.month) && validDay(g.md);
    } else {
      ok = validDay(g.day) && !DURATION_AFTER.test(after);
    }
    if (ok && !seen.has(value)) {
      seen.add(value);
      out.push(value);
    }
  }
  return out;
}
