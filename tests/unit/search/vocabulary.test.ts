import { describe, expect, it } from 'vitest';
import { buildVocabularyShards, segmentTerm, segmentTermLoading, shardsFor, vocabularyShard, VocabularyShard } from '../../../src/lib/search/vocabulary';
import { createVocabularyLoader } from '../../../src/lib/search/page/segmenter';
import { planQuery } from '../../../src/lib/search/query';
import { searchSteps } from '../../../src/lib/search/page/find-results';
import { createSynonymIndex } from '../../../src/lib/search/synonyms';

const words = ['재사용', '발사체', '건식저장', '용기', '인공지능', '신용평가', '연구개발특구', '연구개발', 'ai', '정부', '저장'];
const shard = new VocabularyShard([...new Set(words)].sort());
const hasPrefix = (p: string) => shard.hasPrefix(p);

describe('buildVocabularyShards', () => {
  it('keeps Hangul words of two syllables or more, drops words that begin another, spreads them by first syllable', () => {
    const built = buildVocabularyShards(words, 20);
    const all = built.shards.flatMap((s) => (s ? s.split('\n') : []));
    expect(all.sort()).toEqual(['건식저장', '발사체', '신용평가', '연구개발특구', '용기', '인공지능', '재사용', '저장', '정부'].sort());
    expect(built.words).toBe(9);
    expect(built.shards.length).toBeGreaterThan(1);
    built.shards.forEach((s, i) => {
      for (const w of s ? s.split('\n') : []) expect(vocabularyShard(w, built.shards.length)).toBe(i);
    });
  });
});

describe('segmentTerm (compound queries cut against the site vocabulary)', () => {
  it('cuts a compound the index does not hold into pieces it does', () => {
    expect(segmentTerm('재사용발사체', hasPrefix)).toEqual(['재사용', '발사체']);
    expect(segmentTerm('건식저장용기', hasPrefix)).toEqual(['건식저장', '용기']);
    expect(segmentTerm('인공지능신용평가', hasPrefix)).toEqual(['인공지능', '신용평가']);
  });

  it('leaves known words, prefixes of known words, short and uncuttable terms alone', () => {
    expect(segmentTerm('연구개발특구', hasPrefix)).toBeNull();
    expect(segmentTerm('연구개발', hasPrefix)).toBeNull();
    expect(segmentTerm('정부', hasPrefix)).toBeNull();
    expect(segmentTerm('쀍뛣뷁쀍', hasPrefix)).toBeNull();
  });

  it('names the shards a term needs: its first syllable, or every syllable a piece can start at', () => {
    expect(shardsFor('재사용발사체', 1000, false)).toEqual([vocabularyShard('재사', 1000)]);
    expect(shardsFor('재사용발사체', 1000, true).sort()).toEqual(
      [...new Set(['재사', '사용', '용발', '발사', '사체'].map((p) => vocabularyShard(p, 1000)))].sort(),
    );
    // A word and every longer word with the same first two syllables share a shard.
    expect(vocabularyShard('재사용', 1000)).toBe(vocabularyShard('재사', 1000));
    expect(shardsFor('정부', 1000, true)).toEqual([]);
  });
});

describe('segmentTermLoading (cutting while loading shards)', () => {
  it('cuts as segmentTerm does, asking only for the places its pieces start at', async () => {
    for (const term of ['재사용발사체', '건식저장용기', '인공지능신용평가']) {
      const asked: string[] = [];
      const cut = await segmentTermLoading(term, hasPrefix, async (start) => void asked.push(start));
      expect(cut).toEqual(segmentTerm(term, hasPrefix));
      expect(new Set(asked).size).toBeLessThanOrEqual(2);
    }
  });

  it('goes back when the longest first piece leaves a rest it cannot cut', async () => {
    const lookup = new VocabularyShard(['가나다라', '가나', '다라마바'].sort());
    const cut = await segmentTermLoading('가나다라마바', (p) => lookup.hasPrefix(p), async () => undefined);
    expect(cut).toEqual(['가나', '다라마바']);
  });

  it('leaves known words, short and uncuttable terms alone', async () => {
    const none = async () => undefined;
    expect(await segmentTermLoading('연구개발특구', hasPrefix, none)).toBeNull();
    expect(await segmentTermLoading('정부', hasPrefix, none)).toBeNull();
    expect(await segmentTermLoading('쀍뛣뷁쀍', hasPrefix, none)).toBeNull();
  });
});

describe('createVocabularyLoader', () => {
  const built = buildVocabularyShards(words, 20);
  const n = built.shards.length;
  it('loads only the shards a query needs and cuts with them', async () => {
    const fetched: number[] = [];
    const loader = createVocabularyLoader(async (i) => {
      fetched.push(i);
      return built.shards[i] ? built.shards[i]!.split('\n') : [];
    }, n);
    const known = await loader.segmenterFor(['연구개발특구']);
    expect(known('연구개발특구')).toBeNull();
    expect(fetched).toEqual([vocabularyShard('연구', n)]);
    fetched.length = 0;
    const cut = await loader.segmenterFor(['재사용발사체']);
    expect(cut('재사용발사체')).toEqual(['재사용', '발사체']);
    expect(new Set(fetched).size).toBe(fetched.length);
    // The shards of the two pieces' starts, not of every syllable.
    expect(new Set(fetched)).toEqual(new Set([vocabularyShard('재사', n), vocabularyShard('발사', n)].filter((s) => s !== vocabularyShard('연구', n))));
  });

  it('cuts nothing when a shard cannot be loaded', async () => {
    const loader = createVocabularyLoader(async () => {
      throw new Error('offline');
    }, n);
    expect((await loader.segmenterFor(['재사용발사체']))('재사용발사체')).toBeNull();
  });
});

describe('planQuery with a segmenter', () => {
  const synonyms = createSynonymIndex([['인공지능', 'AI']]);
  const segment = (t: string) => segmentTerm(t, hasPrefix);
  it('searches the pieces, tries the synonyms of a piece and the term as typed when few are found', () => {
    const plan = planQuery('인공지능신용평가는', synonyms, { segment });
    expect(plan.terms).toEqual(['인공지능', '신용평가']);
    expect(plan.fallbacks).toContainEqual({ terms: ['ai', '신용평가'], kind: 'synonym' });
    expect(plan.fallbacks).toContainEqual({ terms: ['인공지능신용평가'], kind: 'whole' });
    expect(plan.highlights).toEqual(expect.arrayContaining(['인공지능', '신용평가', 'AI']));
    const steps = searchSteps(plan);
    expect(steps[0]).toEqual({ term: '인공지능 신용평가', below: Infinity });
    expect(steps).toContainEqual({ term: '"인공지능신용평가"', below: 3 });
  });

  it('tries one synonym per cut piece: the first other form of its group', () => {
    const three = createSynonymIndex([['AI', '인공지능', '에이아이']]);
    const plan = planQuery('인공지능신용평가는', three, { segment });
    expect(plan.fallbacks.filter((f) => f.kind === 'synonym')).toEqual([{ terms: ['ai', '신용평가'], kind: 'synonym' }]);
    // The highlights still name every form of the group.
    expect(plan.highlights).toEqual(expect.arrayContaining(['AI', '에이아이']));
  });

  it('changes nothing for a term the index holds', () => {
    expect(planQuery('연구개발특구를', synonyms, { segment }).terms).toEqual(['연구개발특구']);
  });

  it('cuts the term as typed when its ending was wrongly taken for a particle (평가 is not 평 + 가)', () => {
    // A larger site: some word starts with 인공지능신…, another with 용평….
    const larger = new VocabularyShard([...words, '인공지능신호', '용평리조트'].sort());
    const cutLarger = (t: string) => segmentTerm(t, (p) => larger.hasPrefix(p));
    expect(cutLarger('인공지능신용평')).toEqual(['인공지능신', '용평']);
    const plan = planQuery('인공지능신용평가', synonyms, { segment: cutLarger });
    expect(plan.unstemmed).toEqual(['인공지능신용평가']);
    expect(plan.terms).toEqual(['인공지능', '신용평가']);
    // A real particle keeps the stem's cut: 발사체를 is no better a piece than 발사체.
    const withParticle = new VocabularyShard([...words, '발사체를'].sort());
    expect(planQuery('재사용발사체를', synonyms, { segment: (t) => segmentTerm(t, (p) => withParticle.hasPrefix(p)) }).terms).toEqual([
      '재사용',
      '발사체',
    ]);
  });
});
