import { describe, expect, it } from 'vitest';
import { createKoreanAnalyzer, isParticle, wordSpans } from '@/lib/korean/analyzer';

const surfaces = (ms: readonly { surface: string }[]) => ms.map((m) => m.surface);
const tags = (ms: readonly { tag: string }[]) => ms.map((m) => m.tag);

describe('Korean analyzer (mecab-ko-dic)', () => {
  const ko = createKoreanAnalyzer();

  it('splits compounds into dictionary nouns and tags particles', () => {
    expect(surfaces(ko.word('소형모듈원자로를'))).toEqual(['소형', '모듈', '원자로', '를']);
    const m = ko.word('에너지저장장치를');
    expect(surfaces(m)).toEqual(['에너지', '저장', '장치', '를']);
    expect(m[3]?.tag).toBe('JKO');
    expect(isParticle(m[3]!)).toBe(true);
  });

  it('records the dictionary split of a compound entry', () => {
    const [fuel] = ko.word('핵연료');
    expect(fuel?.parts).toEqual(['핵', '연료']);
  });

  it('tags verb endings, adnominal and connective forms', () => {
    expect(tags(ko.word('밝혔다'))).toEqual(['VV+EP', 'EF']);
    expect(ko.word('기관의').at(-1)?.tag).toBe('JKG');
    expect(tags(ko.word('사람이'))).toEqual(['NNG', 'JKS']);
    expect(ko.word('마련해').at(-1)?.last).toMatch(/^E/u);
    expect(ko.word('구축한').at(-1)?.last).toBe('ETM');
  });

  it('keeps the dictionary’s action class of verbal nouns', () => {
    expect(ko.word('개방')[0]?.action).toBe(true);
    expect(ko.word('시범')[0]?.action).toBe(true);
    expect(ko.word('국민')[0]?.action).toBe(false);
    expect(ko.word('개방을')[1]?.action).toBe(false);
  });

  it('gives digits and Latin letters the SN and SL tags', () => {
    expect(tags(ko.word('2032년')).slice(0, 1)).toEqual(['SN']);
    expect(ko.word('KAIST')[0]?.tag).toBe('SL');
  });

  it('caches each distinct word', () => {
    expect(ko.word('과학기술정보통신부는')).toBe(ko.word('과학기술정보통신부는'));
  });

  it('forgets its cached analyses on request, and analyses the same way after', () => {
    const own = createKoreanAnalyzer();
    const before = own.word('과학기술정보통신부는');
    own.forget();
    const after = own.word('과학기술정보통신부는');
    expect(after).not.toBe(before);
    expect(after).toEqual(before);
  });

  it('keeps user words whole and reads what follows them as particles', () => {
    const plain = createKoreanAnalyzer();
    expect(surfaces(plain.word('다온모빌리티의'))).not.toContain('다온모빌리티');
    const named = createKoreanAnalyzer({ userWords: ['다온모빌리티', '과기정통부'] });
    const m = named.word('다온모빌리티의');
    expect(surfaces(m)).toEqual(['다온모빌리티', '의']);
    expect(m[0]).toMatchObject({ tag: 'NNP', user: true });
    expect(m[1]?.tag).toBe('JKG');
    const n = named.word('과기정통부는');
    expect(surfaces(n)).toEqual(['과기정통부', '는']);
    expect(n[1]?.tag).toBe('JX');
  });

  it('picks the particle reading that fits the name’s final sound', () => {
    const named = createKoreanAnalyzer({ userWords: ['누리셀', '한울클라우드인프라'] });
    expect(tags(named.word('누리셀이'))).toEqual(['NNP', 'JKS']);
    expect(tags(named.word('한울클라우드인프라가'))).toEqual(['NNP', 'JKS']);
  });

  it('matches a short user word only at the start of a word', () => {
    const named = createKoreanAnalyzer({ userWords: ['한전'] });
    expect(surfaces(named.word('한전은'))[0]).toBe('한전');
    expect(surfaces(named.word('대한전선'))).not.toContain('한전');
  });

  it('adding user words later invalidates cached analyses', () => {
    const a = createKoreanAnalyzer();
    expect(surfaces(a.word('누리셀의'))).not.toEqual(['누리셀', '의']);
    a.addUserWords(['누리셀']);
    expect(surfaces(a.word('누리셀의'))).toEqual(['누리셀', '의']);
    expect(a.isUserWord('누리셀')).toBe(true);
  });

  it('tells, without the dictionary, whether a word holds a user word', () => {
    const named = createKoreanAnalyzer({ userWords: ['누리셀', '한전'] });
    for (const w of ['누리셀의', '「누리셀」과', '한전은']) {
      expect(named.holdsUserWord(w), w).toBe(true);
      expect(named.word(w).some((m) => m.user), w).toBe(true);
    }
    for (const w of ['대한전선', '재활용누리셀', '누리', '밝혔다.']) {
      expect(named.holdsUserWord(w), w).toBe(false);
      expect(named.word(w).some((m) => m.user), w).toBe(false);
    }
    named.addUserWords(['대한전선']);
    expect(named.holdsUserWord('대한전선')).toBe(true);
  });

  it('gives the spans of a text\'s words without analysing them', () => {
    expect(wordSpans(' 환경부와  12일 ')).toEqual([
      { text: '환경부와', start: 1, end: 5 },
      { text: '12일', start: 7, end: 10 },
    ]);
  });

  it('lists words with offsets and the nouns of a text', () => {
    const text = '환경부와 산업통상자원부는 12일 밝혔다.';
    const ws = ko.words(text);
    expect(ws.map((w) => text.slice(w.start, w.end))).toEqual(['환경부와', '산업통상자원부는', '12일', '밝혔다.']);
    expect(ko.nouns(text)).toEqual(expect.arrayContaining(['환경부', '산업', '통상', '자원']));
    expect(ko.nouns(text)).not.toContain('와');
  });

  it('hands its new analyses to another analyzer with the same user words, once', () => {
    const made = createKoreanAnalyzer({ userWords: ['새온모빌리티'] });
    expect(surfaces(made.word('새온모빌리티는'))).toEqual(['새온모빌리티', '는']);
    made.word('밝혔다');
    const shared = made.takeAnalyses();
    expect(shared.entries.map(([w]) => w)).toEqual(['새온모빌리티는', '밝혔다']);
    expect(made.takeAnalyses().entries).toEqual([]);

    const taker = createKoreanAnalyzer({ userWords: ['새온모빌리티'] });
    taker.addAnalyses(shared);
    const taken = taker.word('새온모빌리티는');
    expect(taken).toEqual(made.word('새온모빌리티는'));
    expect(Object.isFrozen(taken) && taken.every((m) => Object.isFrozen(m))).toBe(true);
    // Analyses that crossed a thread boundary (copies) read the same once rebuilt.
    const copied = structuredClone(shared);
    const third = createKoreanAnalyzer({ userWords: ['새온모빌리티'] });
    third.addAnalyses(copied);
    expect(third.word('밝혔다')).toEqual(made.word('밝혔다'));
    // Taken analyses are not passed on again as the taker's own.
    expect(taker.takeAnalyses().entries).toEqual([]);
  });

  it('ignores analyses made with other user words', () => {
    const made = createKoreanAnalyzer({ userWords: ['새온모빌리티'] });
    made.word('새온모빌리티는');
    const plain = createKoreanAnalyzer();
    plain.addAnalyses(made.takeAnalyses());
    expect(surfaces(plain.word('새온모빌리티는'))).not.toContain('새온모빌리티');
  });
});
