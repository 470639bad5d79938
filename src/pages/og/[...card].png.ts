/**
 * Share cards: /og/<key>.png, 1200×630, one per entry of the card plan
 * (src/lib/share/card-plan.ts). None are built when the site has no address
 * or cards are off in site.yaml. Drawn cards are cached across builds.
 */
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CardSpec } from '@/lib/share/card-plan';
import { cachedShareCard } from '@/lib/share/render-card';
import { projectPaths } from '@/lib/project-paths';
import { loadCardPlan, settings } from '@/lib/site/site-data';

export const getStaticPaths = (async () => {
  const plan = await loadCardPlan();
  if (!plan) return [];
  return [...plan.cards.entries()].map(([key, spec]) => ({ params: { card: key }, props: { spec } }));
}) satisfies GetStaticPaths;

const cacheDir = path.join(projectPaths().cacheDir, 'cards');

export const GET: APIRoute = async ({ props }) => {
  const png = await cachedShareCard((props as { spec: CardSpec }).spec, settings, cacheDir);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
