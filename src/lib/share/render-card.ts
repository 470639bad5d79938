/**
 * Renders share cards to PNG: layout (card-layout.ts) → satori (SVG, text as
 * outlines) → resvg (PNG). The font is Pretendard from its npm package
 * (@fontsource/pretendard, WOFF: satori cannot read WOFF2), so a build needs
 * no download and no system font. Cards are cached by content under the build
 * cache folder: a card is rendered again only when what it shows changes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import opentype from 'opentype.js';
import satori from 'satori';
import type { CardSpec } from './card-plan';
import { shareCardStats } from './card-stats';
import { CARD_HEIGHT, CARD_WIDTH, cardElement, layoutCard, type CardLayout, type CardMeasure, type FontWeight } from './card-layout';

const require = createRequire(import.meta.url);
const WEIGHTS: FontWeight[] = [500, 700];
const fontFile = (weight: FontWeight) => require.resolve(`@fontsource/pretendard/files/pretendard-latin-${weight}-normal.woff`);
/** Bump when the card's design changes, so cached cards are drawn anew. */
const DESIGN_VERSION = 1;

interface LoadedFonts {
  data: Map<FontWeight, Buffer>;
  measure: CardMeasure;
  /** Identifies the font files, for the cache key. */
  version: string;
}

let fonts: LoadedFonts | undefined;

/** Reads and parses the card fonts once per process (about a second; only when a card is actually drawn). */
export function cardFonts(): LoadedFonts {
  if (fonts) return fonts;
  const data = new Map(WEIGHTS.map((w) => [w, readFileSync(fontFile(w))] as const));
  const parsed = new Map(
    WEIGHTS.map((w) => {
      const buf = data.get(w)!;
      return [w, opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer)] as const;
    }),
  );
  // Advance widths per character, cached: measuring was most of the layout's work. Kerning is left
  // out: its pairs narrow a line (the 12 px safety margin of card-layout.ts covers the rest).
  const advances = new Map(WEIGHTS.map((w) => [w, new Map<string, number>()] as const));
  const measure: CardMeasure = (text, size, weight) => {
    const font = parsed.get(weight)!;
    const cache = advances.get(weight)!;
    let units = 0;
    for (const ch of text) {
      let advance = cache.get(ch);
      if (advance === undefined) {
        advance = font.charToGlyph(ch).advanceWidth ?? 0;
        cache.set(ch, advance);
      }
      units += advance;
    }
    return (units * size) / font.unitsPerEm;
  };
  fonts = { data, measure, version: fontPackageVersion() };
  return fonts;
}

let fontVersion: string | undefined;
function fontPackageVersion(): string {
  if (fontVersion) return fontVersion;
  const pkg = JSON.parse(readFileSync(require.resolve('@fontsource/pretendard/package.json'), 'utf8')) as { version: string };
  fontVersion = `pretendard@${pkg.version}`;
  return fontVersion;
}

export interface CardSite {
  brand: string;
  name: string;
}

/** Lays a card out with the card font (also used by tests to check what a card shows). */
export function layoutShareCard(spec: CardSpec, site: CardSite): CardLayout {
  return layoutCard(spec, site, cardFonts().measure);
}

/** PNG bytes of one card. */
export async function renderShareCard(spec: CardSpec, site: CardSite): Promise<Buffer> {
  const loaded = cardFonts();
  const svg = await satori(cardElement(layoutCard(spec, site, loaded.measure)) as never, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: WEIGHTS.map((weight) => ({ name: 'Card', data: loaded.data.get(weight)!, weight, style: 'normal' as const })),
  });
  // Text is already outlines: resvg needs no fonts (loading the system's would only cost time).
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

/** Content key of a card: what it shows, its design and its font. */
export function cardCacheKey(spec: CardSpec, site: CardSite): string {
  return createHash('sha256')
    .update(JSON.stringify([DESIGN_VERSION, fontPackageVersion(), site.brand, site.name, spec.eyebrow, spec.title, spec.tags, spec.note ?? null]))
    .digest('hex')
    .slice(0, 32);
}

/** The card's PNG from `<cacheDir>/<key>.png`, rendering and storing it when missing. */
export async function cachedShareCard(spec: CardSpec, site: CardSite, cacheDir: string): Promise<Buffer> {
  const name = `${cardCacheKey(spec, site)}.png`;
  const file = path.join(cacheDir, name);
  const stats = shareCardStats();
  stats.cacheDir = cacheDir;
  stats.used.add(name);
  try {
    const png = readFileSync(file);
    shareCardStats().cached += 1;
    return png;
  } catch {
    // not cached yet
  }
  const started = performance.now();
  const png = await renderShareCard(spec, site);
  shareCardStats().renderMs += performance.now() - started;
  shareCardStats().rendered += 1;
  mkdirSync(cacheDir, { recursive: true });
  // Atomic: a build killed mid-write never leaves half a PNG in the cache.
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, png);
  renameSync(temp, file);
  return png;
}
