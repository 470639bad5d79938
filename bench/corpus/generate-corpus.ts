/**
 * A synthetic seed corpus for the benchmark, in the real seeds' format: one
 * article per line, about 1,400 characters, a headline glued to the body on most
 * lines (with `…`, quotes and subheads), some lines that start straight with the
 * body, a few with an introduction before the headline, and ends cut off
 * mid-sentence. Bodies are real seed sentences recombined, with organisations,
 * numbers, dates, topic keywords and nouns swapped so articles spread over every
 * topic. About 3% of articles are a reworded copy of an earlier one (same facts,
 * sentences shuffled or dropped, another headline).
 *
 * Pure and deterministic: the same bank, options and seed give the same bytes.
 */
import { chooseSentences, prepare, renderBody } from './article-body';
import { phraseLists, type ArticleContext, type ArticleRecord } from './article-context';
import { fillTemplate, headline } from './fill-template';
import { REWORDINGS } from './invented-phrases';
import type { PhraseBank } from './phrase-bank';
import { createRng, type Rng } from './prng';

export interface CorpusOptions {
  /** Articles (lines) in total. */
  count: number;
  /** Any string; the same seed gives the same corpus. */
  seed: string | number;
  /** Number of the first seed file (`001_…`). */
  firstFileIndex?: number;
  /** Lines per seed file (the last file takes the remainder). */
  linesPerFile?: { min: number; max: number };
  /** Share of articles that are a reworded copy of an earlier one. */
  nearDuplicateShare?: number;
  /** Line length in characters. */
  length?: { min: number; max: number };
  /**
   * The generator's own headline shapes, subheads, quotes, fact sentences,
   * beat nouns and made-up names this returns true for are not used (a
   * benchmark keeps words of the articles it searches for out of the generated ones this way).
   */
  avoidPhrase?: (phrase: string) => boolean;
}

export interface SeedFile {
  /** `NNN_<8–16 hex>.txt` */
  name: string;
  /** The file's bytes as text: lines joined by `\n`, with or without a final newline. */
  content: string;
  /** Articles in this file. */
  lines: number;
  /** Lines that are reworded copies of an earlier article: [line number, source file, source line]. */
  nearDuplicates: Array<{ line: number; of: { file: string; line: number } }>;
  /** How each line opens: a headline, straight with the body, or an introduction before the headline. */
  shapes: LineShape[];
}

export type LineShape = 'headline' | 'body' | 'preface';

export const DEFAULT_LINES_PER_FILE = { min: 20, max: 200 };
export const DEFAULT_LENGTH = { min: 1330, max: 1460 };
export const DEFAULT_NEAR_DUPLICATE_SHARE = 0.03;

/** Joins the parts and cuts the line at `target` characters, mid-sentence most of the time. */
function cutLine(prefix: string, sentences: readonly string[], target: number, rng: Rng): string {
  let line = prefix;
  for (const s of sentences) {
    line = line === '' ? s : `${line} ${s}`;
    if ([...line].length > target) break;
  }
  const chars = [...line];
  if (chars.length <= target) return line;
  if (rng.chance(0.15)) {
    // Now and then the line ends at a full stop.
    const cut = chars.slice(0, target).join('');
    const end = cut.lastIndexOf('다. ');
    if (end > target * 0.85) return cut.slice(0, end + 2);
  }
  return chars.slice(0, target).join('').trimEnd();
}

function fileSizes(count: number, rng: Rng, range: { min: number; max: number }): number[] {
  const sizes: number[] = [];
  let left = count;
  while (left > 0) {
    const size = Math.min(left, rng.int(range.min, range.max));
    sizes.push(size);
    left -= size;
  }
  // A short last file joins the one before it when that keeps it in range.
  if (sizes.length > 1 && sizes.at(-1)! < range.min && sizes.at(-2)! + sizes.at(-1)! <= range.max + range.min) {
    const tail = sizes.pop()!;
    sizes[sizes.length - 1]! += tail;
  }
  return sizes;
}

export function seedFileName(index: number, hex: string, digits = 3): string {
  return `${String(index).padStart(digits, '0')}_${hex}.txt`;
}

/**
 * The corpus, one seed file at a time (a 50,000-article corpus never has to be
 * held in memory as a whole).
 */
export function* generateCorpus(bank: PhraseBank, options: CorpusOptions): Generator<SeedFile> {
  const {
    count,
    seed,
    firstFileIndex = 1,
    linesPerFile = DEFAULT_LINES_PER_FILE,
    nearDuplicateShare = DEFAULT_NEAR_DUPLICATE_SHARE,
    length = DEFAULT_LENGTH,
  } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, not ${count}`);
  if (bank.sentences.length === 0 || bank.topics.length === 0) throw new Error('the phrase bank has no sentences or no topics');
  const prep = prepare(bank);
  const phrases = phraseLists(options.avoidPhrase);
  const root = createRng(`corpus:${seed}`);
  const layoutRng = root.fork('layout');
  const sizes = fileSizes(count, layoutRng, linesPerFile);
  const digits = Math.max(3, String(firstFileIndex + sizes.length - 1).length);
  const recent: ArticleRecord[] = [];
  const RECENT = 256;

  const makeLine = (rng: Rng, file: string, line: number) => {
    const target = rng.int(length.min, length.max);
    const source = recent.length > 0 && rng.chance(nearDuplicateShare) ? rng.pick(recent) : undefined;
    let record: ArticleRecord;
    let body: string[];
    let ctx: ArticleContext;
    if (source) {
      // Same facts, other words: keep the lead, drop one or two sentences, swap a pair, reword.
      ctx = { rng, topic: source.topic, topicKeywords: prep.topicBySlug.get(source.topic)!.keywords, orgs: new Map(source.orgs), keywords: new Map(), slots: new Map(), phrases };
      const [lead, ...rest] = source.sentences;
      const kept = rest.filter(() => !rng.chance(0.15));
      if (kept.length > 3) {
        const i = rng.int(0, kept.length - 2);
        [kept[i], kept[i + 1]] = [kept[i + 1]!, kept[i]!];
      }
      body = [lead!, ...kept].map((s) => REWORDINGS.reduce((t, [from, to]) => (rng.chance(0.5) ? t.replace(from, to) : t), s));
      // Dropped sentences can leave the copy short of a full line: the reporter adds a few of their own.
      if (body.join(' ').length < length.max + 200) body.push(...renderBody(chooseSentences(ctx, bank, 8), ctx, bank, prep).slice(1));
      record = { file, line, topic: source.topic, orgs: ctx.orgs, sentences: body };
    } else {
      const topic = rng.pick(bank.topics);
      ctx = { rng, topic: topic.slug, topicKeywords: topic.keywords, orgs: new Map(), keywords: new Map(), slots: new Map(), phrases };
      body = renderBody(chooseSentences(ctx, bank, 16), ctx, bank, prep);
      record = { file, line, topic: topic.slug, orgs: ctx.orgs, sentences: body };
    }
    // Most lines open with a headline (and maybe subheads); some go straight into the body,
    // a few start with a series introduction before the headline.
    const roll = rng.next();
    let prefix = '';
    let shape: LineShape = 'body';
    if (roll < 0.03) {
      prefix = `${fillTemplate(rng.pick(ctx.phrases.prefaces), ctx, bank)} ${headline(ctx, bank)}`;
      shape = 'preface';
    } else if (roll < 0.78 || source) {
      prefix = headline(ctx, bank);
      shape = 'headline';
    }
    return { line: cutLine(prefix, body, target, rng), shape, record, ...(source ? { of: { file: source.file, line: source.line } } : {}) };
  };

  for (let f = 0; f < sizes.length; f++) {
    const name = seedFileName(firstFileIndex + f, layoutRng.hex(layoutRng.int(8, 16)), digits);
    const fileRng = root.fork(name);
    const lines: string[] = [];
    const nearDuplicates: SeedFile['nearDuplicates'] = [];
    const shapes: LineShape[] = [];
    for (let l = 1; l <= sizes[f]!; l++) {
      const made = makeLine(fileRng.fork(String(l)), name, l);
      lines.push(made.line);
      shapes.push(made.shape);
      if (made.of) nearDuplicates.push({ line: l, of: made.of });
      recent.push(made.record);
      if (recent.length > RECENT) recent.shift();
    }
    const finalNewline = layoutRng.chance(0.5);
    yield { name, content: lines.join('\n') + (finalNewline ? '\n' : ''), lines: lines.length, nearDuplicates, shapes };
  }
}
