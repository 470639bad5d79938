/**
 * Geometry of the site's small SVG charts, in viewBox units. Pure numbers:
 * the Astro components draw them, the page's CSS colours them (so they follow
 * the light and dark themes), and no script runs in the browser.
 */

export interface HorizontalBarRow {
  label: string;
  value: number;
  valueText: string;
}

export interface HorizontalBarLayout {
  width: number;
  height: number;
  rows: Array<{
    label: string;
    valueText: string;
    /** Baseline of the row's label. */
    labelY: number;
    barY: number;
    barWidth: number;
    barHeight: number;
    /** Where the value text starts (just after the bar). */
    valueX: number;
    valueY: number;
  }>;
}

export interface HorizontalBarOptions {
  /** viewBox width; the chart is drawn for a phone column (320) and scales up to its max width. */
  width?: number;
  rowHeight?: number;
  barHeight?: number;
  /** Room kept right of the longest bar for its value text. */
  valueRoom?: number;
  labelSize?: number;
}

/** One row per datum: its label above a bar whose length is proportional to the value (the largest fills the width). */
export function horizontalBars(rows: readonly HorizontalBarRow[], options: HorizontalBarOptions = {}): HorizontalBarLayout {
  const { width = 320, rowHeight = 44, barHeight = 14, valueRoom = 76, labelSize = 13 } = options;
  const max = Math.max(0, ...rows.map((r) => r.value));
  const span = width - valueRoom;
  return {
    width,
    height: rows.length * rowHeight,
    rows: rows.map((r, i) => {
      const top = i * rowHeight;
      const barWidth = max > 0 ? Math.max(2, (r.value / max) * span) : 2;
      const barY = top + labelSize + 8;
      return {
        label: r.label,
        valueText: r.valueText,
        labelY: top + labelSize + 1,
        barY,
        barWidth: round(barWidth),
        barHeight,
        valueX: round(barWidth + 6),
        valueY: barY + barHeight - 2,
      };
    }),
  };
}

export interface ColumnPoint {
  label: string;
  value: number;
}

export interface ColumnLayout {
  width: number;
  height: number;
  /** Baseline (bottom of the bars). */
  baseY: number;
  columns: Array<{ label: string; value: number; x: number; y: number; width: number; height: number; centerX: number }>;
}

/**
 * Vertical columns over a row of labels (a topic's articles per edition).
 * `labelRoom` 0 draws a bare sparkline.
 */
export function columns(points: readonly ColumnPoint[], options: { width?: number; height?: number; labelRoom?: number; valueRoom?: number; gap?: number } = {}): ColumnLayout {
  const { width = 320, height = 120, labelRoom = 18, valueRoom = 16, gap = 4 } = options;
  const baseY = height - labelRoom;
  const plot = baseY - valueRoom;
  const max = Math.max(0, ...points.map((p) => p.value));
  const step = points.length ? width / points.length : width;
  const barWidth = Math.max(1, step - gap);
  return {
    width,
    height,
    baseY,
    columns: points.map((p, i) => {
      const h = max > 0 ? (p.value / max) * plot : 0;
      // A zero still shows as a hairline, so the edition is visibly there.
      const shown = p.value > 0 ? Math.max(2, h) : 1;
      const x = i * step + gap / 2;
      return { label: p.label, value: p.value, x: round(x), y: round(baseY - shown), width: round(barWidth), height: round(shown), centerX: round(x + barWidth / 2) };
    }),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
