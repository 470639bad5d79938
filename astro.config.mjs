// @ts-check
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { articleMarkdownOptions } from './src/lib/markdown/render-options';
import { headersFile } from './src/lib/site/security';
import { loadSiteSettings } from './src/lib/site/load-settings';
import { resolveSiteAddress } from './src/lib/site/settings';
import { projectPaths } from './src/lib/project-paths';
import { pruneCardCache, shareCardStats, shareCardSummary } from './src/lib/share/card-stats';
import { dataStoreFilePlugin } from './src/lib/build/data-store-module';

// The same repository deploys at a domain root or under a sub-path:
// SITE_URL=https://example.org BASE_PATH=/news npm run build
// The address comes from SITE_URL or content/site.yaml `url`; without one the
// site has no absolute URLs at all (no sitemap, feed, canonical), never localhost ones.
const site = resolveSiteAddress(loadSiteSettings(projectPaths().dataDir)).url;
const base = process.env.BASE_PATH ?? '/';

/** Writes `_headers` (CSP and friends) for hosts that read one. */
function securityHeaders() {
  return {
    name: 'security-headers',
    hooks: {
      /** @param {{ dir: URL }} options */
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(base));
      },
    },
  };
}

/** Prints how many share cards were drawn and how many came from the cache; drops unused cached cards. */
function shareCardReport() {
  return {
    name: 'share-card-report',
    hooks: {
      'astro:build:done': () => {
        const stats = shareCardStats();
        if (stats.rendered + stats.cached === 0) return;
        const pruned = pruneCardCache(stats);
        console.log(`${shareCardSummary(stats)}${pruned ? `; ${pruned} unused cached cards removed` : ''}`);
      },
    },
  };
}

/** Pages read the content data store from its file instead of bundling it (src/lib/build/data-store-module.ts). */
function dataStoreFromFile() {
  return {
    name: 'data-store-from-file',
    hooks: {
      /** @param {{ command: string, config: { cacheDir: URL }, updateConfig: (config: object) => void }} options */
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [dataStoreFilePlugin(config.cacheDir)] } });
      },
    },
  };
}

export default defineConfig({
  site,
  base,
  outDir: process.env.DIGEST_OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  // Cached stylesheets instead of CSS inlined into every page: the shared one
  // (src/styles/global.css) and each kind of page's own, so an article page loads
  // two small files and the home page's HTML does not carry its CSS.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: unified(articleMarkdownOptions) },
  integrations: [...(site ? [sitemap()] : []), securityHeaders(), shareCardReport(), dataStoreFromFile()],
});
