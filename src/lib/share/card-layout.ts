/**
 * The layout of a 1200×630 share card, and the element tree satori renders
 * from it. Text is laid out here, not by the renderer: every line is measured
 * with the card font (see fit-text.ts), so a title never overflows the card
 * and is never cut inside a word. Pure: widths come from `measure`.
 */
import type { CardSpec } from './card-plan';
import { fitText, fitTextAtSizes, type Measure } from './fit-text';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Nothing is drawn within this distance of the card's edges. */
export const CARD_PADDING = { x: 72, y: 56 } as const;
/** Lines are fitted a little narrower than the box, so rounding in the renderer cannot push them over. */
const SAFETY = 12;
export const CONTENT_WIDTH = CARD_WIDTH - 2 * CARD_PADDING.x;
const FIT_WIDTH = CONTENT_WIDTH - SAFETY;

export const TITLE_SIZES = [68, 60, 52] as const;
export const TITLE_MAX_LINES = 3;
const TITLE_LINE_HEIGHT = 1.25;
const SMALL = 28;
const CHIP = { size: 24, padX: 16, padY: 6, border: 2, gap: 12 } as const;
const BRAND = { size: 28, padX: 14, padY: 6, gap: 18 } as const;

export type FontWeight = 500 | 700;
/** Width of `text` at `size` px in the card font of `weight`. */
export type CardMeasure = (text: string, size: number, weight: FontWeight) => number;

export interface CardColors {
  background: string;
  ink: string;
  muted: string;
  accent: string;
  accentInk: string;
}

/** The site's light theme (src/styles/global.css), which reads well as a thumbnail in any app. */
export const CARD_COLORS: CardColors = {
  background: '#fbfaf7',
  ink: '#1b1c20',
  muted: '#55585f',
  accent: '#0b4f8a',
  accentInk: '#ffffff',
};

export interface CardLayout {
  brand: string;
  siteName: string;
  eyebrow: string;
  titleLines: string[];
  titleSize: number;
  /** The title was shortened with an ellipsis. */
  titleTruncated: boolean;
  /** Measured width of each title line (≤ CONTENT_WIDTH). */
  titleWidths: number[];
  tags: string[];
  note?: string;
}

const oneLine = (text: string, measure: Measure, width: number) => fitText(text, measure, width, 1).lines[0] ?? '';

export function layoutCard(spec: CardSpec, site: { brand: string; name: string }, measure: CardMeasure): CardLayout {
  const at = (size: number, weight: FontWeight): Measure => (t) => measure(t, size, weight);
  const brandWidth = measure(site.brand, BRAND.size, 700) + 2 * BRAND.padX;
  const siteName = oneLine(site.name, at(BRAND.size, 700), FIT_WIDTH - brandWidth - BRAND.gap);
  const eyebrow = oneLine(spec.eyebrow, at(SMALL, 500), FIT_WIDTH);
  const title = fitTextAtSizes(spec.title, (size) => at(size, 700), TITLE_SIZES, FIT_WIDTH, TITLE_MAX_LINES);

  const note = spec.note ? oneLine(spec.note, at(CHIP.size, 500), FIT_WIDTH / 3) : undefined;
  let room = FIT_WIDTH - (note ? measure(note, CHIP.size, 500) + CHIP.gap * 2 : 0);
  const tags: string[] = [];
  for (const tag of spec.tags) {
    const width = measure(tag, CHIP.size, 500) + 2 * (CHIP.padX + CHIP.border) + (tags.length ? CHIP.gap : 0);
    if (width > room) break;
    tags.push(tag);
    room -= width;
  }
  return {
    brand: site.brand,
    siteName,
    eyebrow,
    titleLines: title.lines,
    titleSize: title.size,
    titleTruncated: title.truncated,
    titleWidths: title.lines.map((l) => measure(l, title.size, 700)),
    tags,
    ...(note ? { note } : {}),
  };
}

/** A satori element: the React-like plain object satori accepts. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardNode | string | Array<CardNode | string> };
}

const el = (style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, ...(children === undefined ? {} : { children }) },
});

/** The element tree for satori (font family `Card`, weights 500 and 700). */
export function cardElement(layout: CardLayout, colors: CardColors = CARD_COLORS): CardNode {
  const lineHeight = Math.round(layout.titleSize * TITLE_LINE_HEIGHT);
  return el(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      // satori sizes boxes like CSS's default content-box: the padding must stay inside 1200×630.
      boxSizing: 'border-box',
      flexDirection: 'column',
      padding: `${CARD_PADDING.y}px ${CARD_PADDING.x}px`,
      background: colors.background,
      color: colors.ink,
      fontFamily: 'Card',
    },
    [
      el({ alignItems: 'center' }, [
        el(
          {
            padding: `${BRAND.padY}px ${BRAND.padX}px`,
            borderRadius: 8,
            background: colors.accent,
            color: colors.accentInk,
            fontSize: BRAND.size,
            fontWeight: 700,
            lineHeight: 1.2,
          },
          layout.brand,
        ),
        el({ marginLeft: BRAND.gap, fontSize: BRAND.size, fontWeight: 700, lineHeight: 1.2, whiteSpace: 'nowrap' }, layout.siteName),
      ]),
      el({ flexGrow: 1 }),
      el({ fontSize: SMALL, fontWeight: 500, color: colors.muted, whiteSpace: 'nowrap', lineHeight: 1.3 }, layout.eyebrow),
      el(
        { flexDirection: 'column', marginTop: 14 },
        layout.titleLines.map((line) =>
          el({ fontSize: layout.titleSize, fontWeight: 700, lineHeight: `${lineHeight}px`, height: lineHeight, whiteSpace: 'nowrap' }, line),
        ),
      ),
      el({ flexGrow: 1 }),
      el({ alignItems: 'center', justifyContent: 'space-between', minHeight: 48 }, [
        el(
          { alignItems: 'center' },
          layout.tags.map((tag, i) =>
            el(
              {
                marginLeft: i ? CHIP.gap : 0,
                padding: `${CHIP.padY}px ${CHIP.padX}px`,
                border: `${CHIP.border}px solid ${colors.accent}`,
                borderRadius: 999,
                color: colors.accent,
                fontSize: CHIP.size,
                fontWeight: 500,
                whiteSpace: 'nowrap',
              },
              tag,
            ),
          ),
        ),
        el({ fontSize: CHIP.size, fontWeight: 500, color: colors.muted, whiteSpace: 'nowrap' }, layout.note ?? ''),
      ]),
    ],
  );
}
