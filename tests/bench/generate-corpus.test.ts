import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spliceWord } from '../../bench/corpus/article-body';
import { generateCorpus, seedFileName, type SeedFile } from '../../bench/corpus/generate-corpus';
import { buildPhraseBank } from '../../bench/corpus/phrase-bank';
import { createTopicClassifier } from '@/lib/corpus/classify-topics';
import { loadEditorial } from '@/lib/editorial/load';

const editorial = loadEditorial(path.resolve('content'));
const seedText = readFileSync(path.resolve('content/seeds/000_243a80f4f65a3ff9.txt'), 'utf8');
const bank = buildPhraseBank(
  [seedText],
  editorial.organizations,
  editorial.topics.map((t) => ({ slug: t.slug, keywords: Object.keys(t.keywords), fallback: t.fallback })),
);
const corpus = (count: number, seed: string | number = 'test', extra = {}): SeedFile[] => [...generateCorpus(bank, { count, seed, ...extra })];
const linesOf = (files: SeedFile[]) => files.flatMap((f) => f.content.split('\n').filter((l, i, all) => i < all.length - 1 || l !== ''));

// One corpus shared by the format tests (generation is deterministic, so this is not shared state).
const big = corpus(2000);
const bigLines = linesOf(big);

describe('generateCorpus: determinism', () => {
  it('gives the same bytes for the same seed', () => {
    const a = corpus(300, 'same');
    const b = corpus(300, 'same');
    expect(a.map((f) => f.name)).toEqual(b.map((f) => f.name));
    expect(a.map((f) => f.content)).toEqual(b.map((f) => f.content));
  });

  it('gives another corpus for another seed', () => {
    const a = corpus(100, 1);
    const b = corpus(100, 2);
    expect(a.map((f) => f.content).join('\n')).not.toBe(b.map((f) => f.content).join('\n'));
  });

  it('writes exactly the number of articles asked for', () => {
    for (const count of [0, 1, 19, 20, 201, 1234]) {
      const files = corpus(count);
      expect(files.reduce((sum, f) => sum + f.lines, 0)).toBe(count);
      expect(linesOf(files)).toHaveLength(count);
    }
  });
});

describe('generateCorpus: the real seeds’ format', () => {
  it('names files NNN_<8–16 hex>.txt in order from --first-file', () => {
    for (const f of big) expect(f.name).toMatch(/^\d{3}_[0-9a-f]{8,16}\.txt$/);
    expect(big.map((f) => f.name)).toEqual([...big.map((f) => f.name)].sort());
    expect(big[0]!.name.startsWith('001_')).toBe(true);
    expect(corpus(20, 'x', { firstFileIndex: 57 })[0]!.name.startsWith('057_')).toBe(true);
    expect(seedFileName(1234, 'abcdef01')).toBe('1234_abcdef01.txt');
  });

  it('puts 20–200 lines in every file (a short remainder joins the file before it)', () => {
    for (const f of big) {
      expect(f.lines).toBeGreaterThanOrEqual(20);
      expect(f.lines).toBeLessThanOrEqual(220);
    }
    expect(corpus(20, 'one', { linesPerFile: { min: 20, max: 20 } }).map((f) => f.lines)).toEqual([20]);
  });

  it('writes one non-empty line with Hangul per article, about 1,400 characters, no tabs or control characters', () => {
    for (const line of bigLines) {
      expect(line.trim()).not.toBe('');
      expect(line).toBe(line.trim());
      expect(line).toMatch(/\p{Script=Hangul}/u);
      expect([...line].length).toBeGreaterThanOrEqual(1100);
      expect([...line].length).toBeLessThanOrEqual(1460);
      expect(line).not.toMatch(/[\u0000-\u001f\u007f\ue000-\uf8ff]/u);
    }
  });

  it('opens most lines with a headline, some straight with the body, a few with an introduction', () => {
    const shapes = big.flatMap((f) => f.shapes);
    expect(shapes).toHaveLength(2000);
    const share = (s: string) => shapes.filter((x) => x === s).length / shapes.length;
    expect(share('headline')).toBeGreaterThan(0.6);
    expect(share('body')).toBeGreaterThan(0.1);
    expect(share('preface')).toBeGreaterThan(0.005);
    // Headlines carry the seeds' marks: an ellipsis, quotes, subheads.
    const headlined = bigLines.filter((_, i) => shapes[i] === 'headline');
    expect(headlined.filter((l) => /…|\.\.\./.test(l.slice(0, 80))).length).toBeGreaterThan(headlined.length * 0.1);
    expect(headlined.filter((l) => /["“”‘’']/.test(l.slice(0, 80))).length).toBeGreaterThan(headlined.length * 0.2);
  });

  it('cuts most lines off mid-sentence', () => {
    const finished = bigLines.filter((l) => /[.!?]["”’]?$/.test(l)).length;
    expect(finished / bigLines.length).toBeLessThan(0.3);
    expect(finished).toBeGreaterThan(0);
  });

  it('makes about 3% of articles a reworded copy of an earlier one, with another headline', () => {
    const copies = big.flatMap((f) => f.nearDuplicates.map((d) => ({ ...d, file: f.name })));
    expect(copies.length / 2000).toBeGreaterThan(0.015);
    expect(copies.length / 2000).toBeLessThan(0.05);
    const lineAt = (file: string, line: number) => big.find((f) => f.name === file)!.content.split('\n')[line - 1]!;
    for (const copy of copies) {
      const source = lineAt(copy.of.file, copy.of.line);
      const text = lineAt(copy.file, copy.line);
      expect(text).not.toBe(source);
      // The source comes first in the corpus.
      expect(`${copy.of.file}:${String(copy.of.line).padStart(4, '0')}` < `${copy.file}:${String(copy.line).padStart(4, '0')}`).toBe(true);
      // Same facts: most of the copy's sentences appear in the source as well.
      const sentences = text.split(/(?<=다\.)\s+/).slice(1, -1);
      const shared = sentences.filter((s) => source.includes(s.replace(/(전했다|방침이다|계획이다|늘어난다|역설했다|공개했다|나선다)\.$/, '')));
      expect(shared.length).toBeGreaterThan(sentences.length / 3);
    }
  });

  it('spreads articles over (nearly) every topic of content/topics.yaml', () => {
    const classifier = createTopicClassifier(editorial.topics);
    const seen = new Map<string, number>();
    for (const line of bigLines.slice(0, 1000)) {
      for (const t of classifier.classify({ heading: line.slice(0, 80), body: line })) seen.set(t, (seen.get(t) ?? 0) + 1);
    }
    const scored = editorial.topics.filter((t) => !t.fallback);
    expect(scored.filter((t) => (seen.get(t.slug) ?? 0) >= 10).length).toBeGreaterThanOrEqual(scored.length - 1);
  });
});

describe('spliceWord', () => {
  it('fits the particle after the new word', () => {
    expect(spliceWord('특구를 육성한다', 0, 2, '보안')).toBe('보안을 육성한다');
    expect(spliceWord('예산은 늘었다', 0, 2, '해킹')).toBe('해킹은 늘었다');
    expect(spliceWord('예산은 늘었다', 0, 2, 'AI')).toBe('AI는 늘었다');
    expect(spliceWord('지역으로 간다', 0, 2, '서울')).toBe('서울로 간다');
    expect(spliceWord('기업의 성장', 0, 2, '정부')).toBe('정부의 성장');
  });
});
describe('avoidPhrase (the generator’s own phrases)', () => {
  it('leaves out the headline shapes, facts and beat nouns it rules out', () => {
    const plain = linesOf(corpus(300, 'phrases'));
    expect(plain.some((l) => l.includes('공동연구센터'))).toBe(true);
    const avoided = linesOf(corpus(300, 'phrases', { avoidPhrase: (p: string) => p.includes('공동연구센터') }));
    expect(avoided).toHaveLength(300);
    expect(avoided.some((l) => l.includes('공동연구센터'))).toBe(false);
  });

  it('says so when it rules out a whole list', () => {
    expect(() => corpus(5, 'phrases', { avoidPhrase: () => true })).toThrow(/avoidPhrase rules out every/);
  });
});
