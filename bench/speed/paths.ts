import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the benchmark runs every step from here. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** node_modules/.bin: tsx, astro and Node 24 itself. */
export const BIN = path.join(ROOT, 'node_modules', '.bin');

/** A path under the repository as the report shows it (relative); any other path as it is. */
export function shownPath(p: string): string {
  return path.isAbsolute(p) && !path.relative(ROOT, p).startsWith('..') ? path.relative(ROOT, p) : p;
}
