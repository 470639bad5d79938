/** Text analysis of seed lines: pure functions, no I/O. */
export { splitSentences, sentenceSpans, isCompleteSentence, sentenceRegister, type Register } from './sentences';
export { splitArticle, reassemble, type ArticleParts } from './split-article';
export { deriveTitle } from './title';
export { toParagraphs } from './paragraphs';
export { summarize } from './summary';
export { extractFigures } from './figures';
export { extractDates } from './dates';
export { readingMinutes, CHARS_PER_MINUTE } from './reading-time';
