/**
 * The one schema for an article entry. The ingest script validates every entry
 * against it before writing, and Astro's content collection loads the same
 * files through it, so the two can never disagree.
 */
import { z } from 'zod';

/** A stable content-derived id: lowercase hex, never the line number. */
export const articleIdSchema = z.string().regex(/^[0-9a-f]{12}$/);

export const figureKindSchema = z.enum(['money', 'percent', 'count', 'measure']);

export const figureSchema = z.object({
  /** The figure as written in the text, e.g. `1673억 원`, `85.3%`, `32곳`. */
  value: z.string().min(1),
  kind: figureKindSchema,
  /** A few words around the figure so it reads on its own. */
  context: z.string(),
});

export const sourceRefSchema = z.object({
  /** Seed file name, e.g. `000_243a80f4f65a3ff9.txt`. */
  file: z.string().min(1),
  /** 1-based line number inside that file. */
  line: z.number().int().positive(),
});

/** A wire dateline/byline as written, and what it names. */
export const bylineSchema = z.object({
  /** As written, e.g. `(세종=뉴스온) 김민지 기자 =`. */
  text: z.string().min(1),
  /** The outlet, e.g. `뉴스온`. */
  outlet: z.string().min(1).optional(),
  /** Where it was filed, e.g. `세종`. */
  place: z.string().min(1).optional(),
  /** The reporter with their role, e.g. `김민지 기자`. */
  reporter: z.string().min(1).optional(),
});

export const articleSchema = z.object({
  id: articleIdSchema,
  title: z.string().min(1),
  /** True when the line had no headline and the title was cut from the lead. */
  titleDerived: z.boolean(),
  /** Subheads that stood between the headline and the body. */
  deck: z.array(z.string().min(1)),
  /** Text that preceded a mid-line headline (e.g. a series intro). */
  preface: z.string().optional(),
  /** A bracket label that opened the headline, e.g. `[단독]`, `<인터뷰>`: shown as a badge. */
  label: z.string().min(1).optional(),
  /** The wire dateline/byline, kept out of the title and body. */
  byline: bylineSchema.optional(),
  summary: z.string(),
  topics: z.array(z.string().min(1)).min(1).max(3),
  organizations: z.array(z.string().min(1)),
  figures: z.array(figureSchema),
  /** Dates mentioned in the text, as written (`12월 29일`, `2026년`). */
  dates: z.array(z.string().min(1)),
  /** Seed file stem the article first appeared in, e.g. `000_243a80f4f65a3ff9`. */
  edition: z.string().min(1),
  source: sourceRefSchema,
  /** Every place the same line occurred (the first equals `source`). */
  sources: z.array(sourceRefSchema).min(1),
  /** Every seed line is cut off mid-sentence; true when the body ends unfinished. */
  truncated: z.boolean(),
  readingMinutes: z.number().int().positive(),
  related: z.array(articleIdSchema),
  sameStory: z.array(articleIdSchema),
});

export type Article = z.infer<typeof articleSchema>;
export type Byline = z.infer<typeof bylineSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** An edition's optional sidecar metadata: `content/seeds/<stem>.yaml`. */
export const editionMetaSchema = z.object({
  title: z.string().min(1).optional(),
  date: z.iso.date().optional(),
});
export type EditionMeta = z.infer<typeof editionMetaSchema>;
