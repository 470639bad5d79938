/**
 * Site settings: `content/site.yaml`. Everything an owner changes to run their
 * own digest (name, brand mark, description, address, edition naming, footer,
 * share cards, list limits, how the build schedules its steps) is data here, never code. Every key has a default,
 * so a missing file or a partial one still builds; unknown keys are errors
 * (a typo must not be silently ignored).
 */
import { z } from 'zod';

const count = (fallback: number) => z.number().int().positive().default(fallback);

export const limitsSchema = z.strictObject({
  /** Stories in the home page's main list (same-story groups count once). */
  homeMain: count(10),
  /** Stories shown in each topic section of the home page (a phone shows one); the rest are a link away. */
  homeSection: count(3),
  /** Older editions linked from the home page. */
  homeEditions: count(8),
  /** Articles per page on topic and organisation pages. */
  listPageSize: count(20),
  /** Articles per page on an edition page. */
  editionPageSize: count(40),
  /** Related articles listed under an article. */
  related: count(5),
  /** Items in the RSS feed. */
  rssItems: count(50),
  /** Key figures shown on a card. */
  cardFigures: count(3),
  /** Characters of a summary shown on a card (keeps list pages within budget). */
  cardSummaryChars: count(180),
  /**
   * Characters of the one-line summary on a compact card (the home page's topic
   * sections): more than a line holds on the widest layout, so the line ends
   * the same, and the rest is not sent.
   */
  compactSummaryChars: count(80),
  /** Characters of a title shown on a card or in a link list (the article page shows it whole). */
  cardTitleChars: count(120),
  /** Other reports of the same story listed on a card / on the article page. */
  sameStoryOnCard: count(4),
  sameStoryOnPage: count(10),
  /** Key figures in the article page's box. */
  articleFigures: count(12),
  /** Rows of the "numbers" table on an edition page and the home page. */
  editionFigures: count(8),
  /** Bars of the money chart on an edition page and the home page. */
  editionMoneyBars: count(8),
  /** Editions (newest) in a topic's articles-per-edition chart. */
  trendEditions: count(12),
});

export const shareSchema = z.strictObject({
  /**
   * Image for pages without a card of their own (search, organisations, 404),
   * as a site path under `public/` (`/share.png`). Default: the home page's card.
   */
  image: z
    .string()
    .regex(/^\/[^\s?#]+\.(png|jpe?g|webp)$/i, '`/` 로 시작하는 public/ 안의 이미지 경로 (png, jpg, webp)')
    .optional(),
  /** Render share cards at all (1200×630 PNG per home, edition, topic, article). */
  cards: z.boolean().default(true),
  /**
   * Articles that get a card of their own, newest first; older articles use
   * their edition's card. Bounds a cold build (a card costs tens of ms).
   */
  articleCards: z.number().int().min(0).default(100),
  /**
   * Most cards one build draws, whatever the corpus size: the home and list
   * pages and topics first, then each edition followed by its articles, newest
   * first, then organisations. A page beyond it shows its edition's card or
   * the home card. At about 40 ms of CPU a card, 140 cost a cold build under 7 s.
   */
  maxCards: z.number().int().min(1).default(140),
});

export const editionNamingSchema = z.strictObject({
  /**
   * Short name of an edition: `{n}` is its ordinal (the oldest edition is 1),
   * `{stem}` the seed file's name without `.txt`.
   */
  label: z
    .string()
    .min(1)
    .refine((s) => s.includes('{n}') || s.includes('{stem}'), '`{n}` 이나 `{stem}` 이 들어가야 합니다')
    .default('{n}호'),
  /** Show the sidecar's title (`NNN_<hash>.yaml`) as the edition's name when it has one. */
  useSidecarTitle: z.boolean().default(true),
});

export const buildSchema = z.strictObject({
  /**
   * Articles up to which the search documents and index are made beside
   * `astro build` (on the second core, the shorter build); with more, after it,
   * so the build's memory peak is the larger of the two steps, not their sum.
   * Both grow with the archive: beside each other they measured 1.78 GB at
   * 10,000 articles and 3.53 GB at 50,000 (bench/results.md), past 3 GB
   * at about 38,000 by a straight line between them.
   */
  searchBesideAstroUpTo: z.number().int().min(0).default(20_000),
});

export const siteSettingsSchema = z.strictObject({
  /** The site's name: header, page titles, feed, share cards. */
  name: z.string().trim().min(1).default('뉴스 다이제스트'),
  /** A few letters shown in the header's mark and on share cards. */
  brand: z
    .string()
    .trim()
    .min(1)
    .refine((s) => Array.from(s).length <= 6, '6자 이하')
    .default('뉴스'),
  /** Second half of the home page's title: "<name> — <tagline>". */
  tagline: z.string().trim().min(1).default('호마다 모아 보는 뉴스'),
  /** Meta description of the home page and the feed. */
  description: z.string().trim().min(1).default('호마다 기사를 모아 주제·기관별로 정리한 뉴스 다이제스트입니다.'),
  /**
   * The site's absolute address (`https://news.example.org`), origin only; the
   * deploy sub-path is BASE_PATH. The environment variable SITE_URL overrides it.
   */
  url: z
    .url({ protocol: /^https?$/, error: 'http(s):// 로 시작하는 주소' })
    .refine((u) => new URL(u).pathname === '/' && !new URL(u).search && !new URL(u).hash, '주소의 앞부분만 (하위 경로는 BASE_PATH)')
    .optional(),
  /** `<html lang>` and the feed's language. */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, '언어 태그 (예: ko)').default('ko'),
  /** Open Graph locale. */
  locale: z.string().regex(/^[a-z]{2,3}_[A-Z]{2}$/, '로캘 (예: ko_KR)').default('ko_KR'),
  /** Paragraph at the foot of every page. `{name}` is replaced by the site's name. */
  footer: z
    .string()
    .trim()
    .min(1)
    .default('{name}는 기사 원문에서 제목, 요약, 주요 수치를 자동으로 추려 정리합니다. 원문 텍스트가 중간에서 끊긴 곳은 기사 끝에 표시합니다.'),
  editions: editionNamingSchema.prefault({}),
  share: shareSchema.prefault({}),
  limits: limitsSchema.prefault({}),
  build: buildSchema.prefault({}),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
export type EditionNaming = z.infer<typeof editionNamingSchema>;
export type BuildSettings = z.infer<typeof buildSchema>;

/** The settings of a site with an empty (or no) `site.yaml`. */
export const defaultSiteSettings: SiteSettings = siteSettingsSchema.parse({});

/** Footer text with `{name}` filled in. */
export function footerText(settings: SiteSettings): string {
  return settings.footer.replaceAll('{name}', settings.name);
}

export interface SiteAddress {
  /** Origin of absolute URLs, or undefined when no address is configured. */
  url?: string;
  /** Where it came from, for the build's message. */
  source: 'SITE_URL' | 'site.yaml' | 'none';
}

/**
 * The site's address: SITE_URL (environment) overrides `url` in site.yaml.
 * Without either there is no address, and the build writes no absolute URL
 * (no canonical, no og:url/og:image, no sitemap, no feed) rather than a
 * localhost one. An invalid SITE_URL is an error, not a silent fallback.
 */
export function resolveSiteAddress(settings: Pick<SiteSettings, 'url'>, env: NodeJS.ProcessEnv = process.env): SiteAddress {
  const fromEnv = env.SITE_URL?.trim();
  if (fromEnv) {
    let parsed: URL;
    try {
      parsed = new URL(fromEnv);
    } catch {
      throw new Error(`SITE_URL: 올바른 주소가 아닙니다: ${fromEnv}`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`SITE_URL: http(s) 주소가 아닙니다: ${fromEnv}`);
    return { url: parsed.origin, source: 'SITE_URL' };
  }
  if (settings.url) return { url: new URL(settings.url).origin, source: 'site.yaml' };
  return { source: 'none' };
}

/** True when a missing address must stop the build (`DIGEST_STRICT_URL=1`, or `npm run build -- --strict-url`). */
export function strictAddress(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.DIGEST_STRICT_URL?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

/** The build's warning (or, when strict, error) for a site without an address. */
export const MISSING_ADDRESS_MESSAGE =
  '사이트 주소가 없습니다 (content/site.yaml 의 url 또는 환경 변수 SITE_URL). ' +
  '절대 주소가 필요한 것은 쓰지 않습니다: canonical·og:url·og:image 링크, 사이트맵, robots.txt 의 Sitemap 줄, RSS 피드.';
