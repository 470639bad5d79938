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

export const organizationSchema = z.object({
  name: z.string().min(1),
  slug: slugSchema,
  aliases: z.array(z.string().min(1)).default([]),
});

export const organizationsFileSchema = z
  .object({ organizations: z.array(organizationSchema) })
  .refine((f) => new Set(f.organizations.map((o) => o.slug)).size === f.organizations.length, {
    message: 'organizations.yaml 의 slug 가 겹칩니다',
  });

export const synonymsFileSchema = z.object({
  groups: z.array(z.array(z.string().min(1)).min(2)),
});

export type Topic = z.infer<typeof topicSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type SynonymGroups = z.infer<typeof synonymsFileSchema>['groups'];

export interface Editorial {
  topics: Topic[];
  organizations: Organization[];
  synonyms: SynonymGroups;
}
