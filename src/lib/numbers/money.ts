/**
 * Korean won amounts as written in articles (`35조 5000억 원`, `1673억 원`,
 * `1억2천만 원`, `2조`) → a number of won, and one display unit for a set of
 * amounts, so a chart compares like with like (억 원 and 조 원 on one scale).
 */

const MAGNITUDES: Record<string, number> = {
  조: 1e12,
  억: 1e8,
  천만: 1e7,
  백만: 1e6,
  십만: 1e5,
  만: 1e4,
  천: 1e3,
  백: 1e2,
  십: 10,
};

const TERM = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(조|억|천만|백만|십만|만|천|백|십)?/gy;

/**
 * The amount in won, or undefined when the text is not a plain won amount
 * (other currencies, `수백억 원`, ranges). `2조` without `원` counts as won:
 * the figure parser only calls 조/억 amounts money when nothing else follows.
 */
export function parseWon(value: string): number | undefined {
  let text = value.replace(/\s+/g, ' ').trim();
  if (/원$/.test(text)) text = text.replace(/\s?원$/, '');
  else if (!/[조억]$/.test(text)) return undefined;
  text = text.replace(/\s/g, '');
  if (!text || !/^\d/.test(text)) return undefined;
  let total = 0;
  let last = Infinity;
  TERM.lastIndex = 0;
  while (TERM.lastIndex < text.length) {
    const start = TERM.lastIndex;
    const m = TERM.exec(text);
    if (!m || m.index !== start) return undefined;
    const unit = m[2] ? MAGNITUDES[m[2]]! : 1;
    // Magnitudes go down (35조 5000억); `5000억 35조` is not one amount.
    if (unit >= last) return undefined;
    last = unit;
    total += Number(m[1]!.replaceAll(',', '')) * unit;
  }
  return Number.isFinite(total) && total > 0 ? total : undefined;
}

export interface WonUnit {
  /** `조 원`, `억 원`, `만 원` or `원`. */
  name: string;
  /** Won per unit. */
  size: number;
}

const UNITS: WonUnit[] = [
  { name: '조 원', size: 1e12 },
  { name: '억 원', size: 1e8 },
  { name: '만 원', size: 1e4 },
  { name: '원', size: 1 },
];

/** The unit a set of amounts is shown in: the largest in which the biggest amount is at least 1. */
export function chooseWonUnit(amounts: readonly number[]): WonUnit {
  const max = Math.max(0, ...amounts);
  return UNITS.find((u) => max >= u.size) ?? UNITS[UNITS.length - 1]!;
}

/**
 * `35.5`, `1,673`, `0.0512` — an amount in a unit: whole numbers from 100 up,
 * one decimal from 10, else three significant digits (so 512억 in 조 원 reads
 * 0.0512, not 0.05).
 */
export function formatInUnit(amount: number, unit: WonUnit): string {
  const value = amount / unit.size;
  if (value >= 100) return value.toLocaleString('ko-KR', { maximumFractionDigits: 0 });
  if (value >= 10) return value.toLocaleString('ko-KR', { maximumFractionDigits: 1 });
  return value.toLocaleString('ko-KR', { maximumSignificantDigits: 3 });
}
