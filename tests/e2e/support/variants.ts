/**
 * The sites the e2e tests build. Kept few on purpose: each is a full
 * ingest + Astro + Pagefind build.
 */
import path from 'node:path';
import { listSeedFiles, projectSeeds, SITE_URL, type Variant } from './build-site';
import { projectRoot } from './paths';

export const hostileSeedDir = path.join(projectRoot, 'tests', 'fixtures', 'hostile', 'seeds');
export const phoneSeedDir = path.join(projectRoot, 'tests', 'fixtures', 'phone', 'seeds');

/** The real seed at the domain root. */
export const realRoot: Variant = { name: 'real-root', seeds: projectSeeds(), basePath: '/', siteUrl: SITE_URL };

/**
 * The real seed under a sub-path. Written without the trailing slash, the way
 * GitHub Pages' configure-pages step hands out `base_path` and the way
 * astro.config.mjs documents it (`BASE_PATH=/news`).
 */
export const realSubPath: Variant = { name: 'real-news', seeds: projectSeeds(), basePath: '/news', siteUrl: SITE_URL };

/**
 * The real seed plus the labelled seed (tests/fixtures/labelled), for the
 * second relevance query set (bench/relevance/queries-labelled.yaml).
 */
export const labelled: Variant = {
  name: 'labelled',
  seeds: [...projectSeeds(), path.join(projectRoot, 'tests', 'fixtures', 'labelled', '101_e3a94c07b51d28f6.txt')],
  basePath: '/',
  siteUrl: SITE_URL,
};

/** The real seed plus the hostile seed (tests/fixtures/hostile/seeds). */
export const hostile: Variant = {
  name: 'hostile',
  seeds: [...projectSeeds(), ...listSeedFiles(hostileSeedDir)],
  basePath: '/',
  siteUrl: SITE_URL,
};

/**
 * The hostile input twice more, for the determinism test: built back to back
 * so that nothing but the build itself can differ between the two.
 */
export const determinismA: Variant = { ...hostile, name: 'determinism-a' };
export const determinismB: Variant = { ...hostile, name: 'determinism-b' };

/** The real seed with no address at all: no SITE_URL, no `url` in site.yaml. */
export const noAddress: Variant = { name: 'no-address', seeds: projectSeeds(), basePath: '/', siteUrl: '' };

/** What the renamed site calls itself (see `renamed`). */
export const RENAMED_SITE = { name: '경제 뉴스 다이제스트', brand: '경제' } as const;

/** The real seed under another name: only content/site.yaml changes. */
export const renamed: Variant = {
  name: 'renamed',
  seeds: projectSeeds(),
  basePath: '/',
  siteUrl: SITE_URL,
  siteYaml: `name: ${RENAMED_SITE.name}\nbrand: ${RENAMED_SITE.brand}\nfooter: "{name}는 매주 경제 기사를 모아 정리합니다."\n`,
};

/** An editor's correction of one real-seed article (`무선전력전송 분야 … 장관상 쾌거`), and one of an id that does not exist. */
export const CORRECTED = { id: '1c5eb0b5437d', title: '로봇 무선충전 인증 첫 획득으로 장관상 수상', label: '[수상]' } as const;

/** The real seed with content/corrections.yaml correcting one article's title and label. */
export const corrected: Variant = {
  name: 'corrected',
  seeds: projectSeeds(),
  basePath: '/',
  siteUrl: SITE_URL,
  corrections: `articles:\n  - id: ${CORRECTED.id}\n    title: ${CORRECTED.title}\n    label: "${CORRECTED.label}"\n  - id: 0123456789ab\n    title: 없는 기사\n`,
};

/**
 * The real seed plus a dated 30-article edition (tests/fixtures/phone): a
 * site of 45 articles whose latest edition is the size the reading tests of
 * issue 19 measure the home page with.
 */
export const phone: Variant = {
  name: 'phone',
  seeds: [...projectSeeds(), ...listSeedFiles(phoneSeedDir)],
  basePath: '/',
  siteUrl: SITE_URL,
};
