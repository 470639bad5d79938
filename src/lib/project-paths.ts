/**
 * Where the pipeline reads and writes. Every stage (ingest, Astro, search index,
 * tests, benchmark) resolves its folders here, so a scratch corpus can be built
 * by pointing DIGEST_CONTENT_DIR / DIGEST_OUT_DIR (and DIGEST_CACHE_DIR) elsewhere.
 */
import path from 'node:path';

export interface ProjectPaths {
  /** Editorial data (topics.yaml, organizations.yaml, synonyms.yaml). */
  dataDir: string;
  /** Seed files: `<contentDir>/seeds/*.txt`. */
  seedsDir: string;
  /** Generated entries: `<contentDir>/articles/*.md`. */
  articlesDir: string;
  /** Ingest report (rejected lines, removed articles). */
  reportFile: string;
  /** Built site. */
  outDir: string;
  /** Intermediate files of the build (prepared search documents). */
  cacheDir: string;
}

export function projectPaths(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ProjectPaths {
  const contentDir = path.resolve(cwd, env.DIGEST_CONTENT_DIR ?? 'content');
  const dataDir = path.resolve(cwd, env.DIGEST_DATA_DIR ?? 'content');
  return {
    dataDir,
    seedsDir: path.join(contentDir, 'seeds'),
    articlesDir: path.join(contentDir, 'articles'),
    reportFile: path.join(contentDir, 'ingest-report.txt'),
    outDir: path.resolve(cwd, env.DIGEST_OUT_DIR ?? 'dist'),
    cacheDir: path.resolve(cwd, env.DIGEST_CACHE_DIR ?? path.join('node_modules', '.cache', 'news-digest')),
  };
}
