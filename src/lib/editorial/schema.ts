/** Shapes of the editorial data files under content/ (topics, organisations, synonyms). */
import { z } from 'zod';

export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug: 영문 소문자, 숫자, 하이픈만');

export const topicSchema = z.object({
  slug: slugSchema,
  name: z.string().min(1),
  description: z.string().min(1),
  fallback: z.boolean().default(false),
  /** Keyword → weight. Matching is on the cleaned article text. */
  keywords: z.record(z.string().min(1), z.number().positive()).default({}),
});

export const topicsFileSchema = z
  .object({ topics: z.array(topicSchema).min(1) })
  .refine((f) => f.topics.filter((t) => t.fallback).length === 1, {
    message: 'topics.yaml 에는 fallback: true 인 주제가 정확히 하나 있어야 합니다',
  })
  .refine((f) => new Set(f.topics.map((t) => t.slug)).size === f.topics.length, {
    message: 'topics.yaml 의 slug 가 겹칩니다',
  });

/** The groups of the organisations index page, in display order. */
export const organizationKinds = ['government', 'research', 'public', 'local', 'university', 'company', 'other'] as const;
export const organizationKindSchema = z.enum(organizationKinds);
/** What readers and editors see for each kind. */
export const organizationKindNames: Record<(typeof organizationKinds)[number], string> = {
  government: '부처·위원회',
  research: '연구기관',
  public: '공공기관',
  local: '지방자치단체',
  university: '대학',
  company: '기업',
  other: '기타',
};

export const organizationSchema = z.object({
  name: z.string().min(1),
  slug: slugSchema,
  kind: organizationKindSchema.default('other'),
  aliases: z.array(z.string().min(1)).default([]),
  /** The name is also a place or an ordinary word: it counts only where the sentence makes it an actor (`서울시는`, not `서울시에서`). */
  contextual: z.boolean().default(false),
});

export const organizationsFileSchema = z
  .object({
    organizations: z.array(organizationSchema),
    /** Names the discovery must never record (an editor's "not an organisation"). */
    ignore: z.array(z.string().min(1)).default([]),
  })
  .superRefine((f, ctx) => {
    const slugs = new Map<string, number>();
    const forms = new Map<string, number>();
    f.organizations.forEach((o, i) => {
      if (slugs.has(o.slug)) {
        ctx.addIssue({ code: 'custom', path: ['organizations', i, 'slug'], message: `slug "${o.slug}" 가 ${slugs.get(o.slug)! + 1}번째 기관과 겹칩니다` });
      } else slugs.set(o.slug, i);
      for (const form of new Set([o.name, ...o.aliases])) {
        const other = forms.get(form);
        if (other !== undefined && other !== i) {
          ctx.addIssue({ code: 'custom', path: ['organizations', i], message: `"${form}" 는 ${other + 1}번째 기관(${f.organizations[other]!.name})의 이름이나 별칭이기도 합니다` });
        } else forms.set(form, i);
      }
    });
  });

export const synonymsFileSchema = z.object({
  groups: z.array(z.array(z.string().min(1)).min(2)),
});

/**
 * One editor's correction, keyed by article id. Every field is optional; `''`
 * for label or byline removes it. `headlineChars` re-cuts the line so that its
 * first N characters are the headline.
 */
export const correctionSchema = z
  .object({
    id: z.string().regex(/^[0-9a-f]{12}$/, 'id: 기사 id (소문자 16진수 12자리)'),
    title: z.string().min(1).optional(),
    deck: z.array(z.string().min(1)).optional(),
    label: z.string().optional(),
    byline: z.string().optional(),
    topics: z.array(slugSchema).min(1).max(3).optional(),
    organizations: z.array(z.string().min(1)).optional(),
    headlineChars: z.number().int().positive().optional(),
    /** Why, for the next editor; not shown on the site. */
    note: z.string().optional(),
  })
  .strict();

export type Topic = z.infer<typeof topicSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type OrganizationKind = z.infer<typeof organizationKindSchema>;
export type SynonymGroups = z.infer<typeof synonymsFileSchema>['groups'];

export interface Editorial {
  topics: Topic[];
  organizations: Organization[];
  /** Names that are never recorded as discovered organisations (organizations.yaml `ignore`). */
  ignoredOrganizations?: string[];
  synonyms: SynonymGroups;
  /** Editor's corrections by article id (ingest only; see corrections.ts). */
  corrections?: readonly Correction[];
}
