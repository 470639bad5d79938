import { createHash } from 'node:crypto';

/**
 * The id (and URL) of an article is a hash of its cleaned text, so adding,
 * removing or reordering seed files never moves an existing article, and the
 * same line in two files is recognisably one article.
 */
export function articleIdFor(cleanedText: string): string {
  return createHash('sha256').update(cleanedText, 'utf8').digest('hex').slice(0, 12);
}
