/** Text analysis of seed lines: pure functions, no I/O. */
export { splitSentences } from './sentences';
export { splitArticle, reassemble } from './split-article';
export { deriveTitle } from './title';
export { toParagraphs } from './paragraphs';
export { summarize } from './summary';
export { extractFigures } from './figures';
export { extractDates } from './dates';
export { readingMinutes } from './reading-time';
