import { describe, expect, it } from 'vitest';
import { createTopicClassifier } from '@/lib/corpus/classify-topics';
import { createKoreanAnalyzer, type KoreanAnalyzer } from '@/lib/korean/analyzer';
import type { Topic } from '@/lib/editorial/schema';

const topics: Topic[] = [
  { slug: 'security', name: '보안', description: '보안', fallback: false, keywords: { 해킹: 4, 침해사고: 5, 보안: 3 } },
  { slug: 'telecom', name: '통신', description: '통신', fallback: false, keywords: { KT: 3, 통신: 2 } },
  { slug: 'climate', name: '기후', description: '기후', fallback: false, keywords: { 기후: 3, 탄소: 3 } },
  { slug: 'general', name: '일반', description: '일반', fallback: true, keywords: {} },
];
const classifier = createTopicClassifier(topics);

describe('topic classifier', () => {
  it('picks every topic that scores well, best first', () => {
    const topicsOf = classifier.classify({
      heading: 'KT 침해사고 조사결과 발표',
      body: 'KT 침해사고에 대해 보안 허점이 드러났다. 해킹으로 통신 서비스가 멈췄다.',
    });
    expect(topicsOf).toEqual(['security', 'telecom']);
  });

  it('counts headline keywords double', () => {
    const scores = classifier.scores({ heading: '기후', body: '기후' });
    expect(scores.get('climate')).toBe(9);
  });

  it('analyses only the words a keyword could reach, with the same scores', () => {
    const ko = createKoreanAnalyzer();
    const asked: string[] = [];
    const counting: KoreanAnalyzer = { ...ko, word: (w) => (asked.push(w), ko.word(w)) };
    const text = { heading: '탄소 포집 실증', body: '연구진은 기 후 변화에 대응해 탄소를 줄이는 해킹 방지 기술을 공개했다.' };
    const scores = createTopicClassifier(topics, { analyzer: counting }).scores(text);
    expect(scores).toEqual(classifier.scores(text));
    // 탄소 in the heading (counted double) and in the body, and 기후 spelled across a space: 6 + 3 + 3.
    expect(scores.get('climate')).toBe(12);
    expect(asked).toEqual(expect.arrayContaining(['탄소', '기', '후', '탄소를', '해킹']));
    expect(asked).not.toContain('연구진은');
    expect(asked).not.toContain('공개했다.');
  });

  it('falls back only when nothing fits', () => {
    expect(classifier.classify({ heading: '', body: '오늘 날씨가 맑다.' })).toEqual(['general']);
  });

  it('never returns more than three topics', () => {
    const many = createTopicClassifier([
      ...['a', 'b', 'c', 'd'].map((slug) => ({ slug, name: slug, description: slug, fallback: false, keywords: { 인공지능: 5 } })),
      { slug: 'z', name: 'z', description: 'z', fallback: true, keywords: {} },
    ]);
    expect(many.classify({ heading: '인공지능', body: '인공지능 인공지능' })).toEqual(['a', 'b', 'c']);
  });

  describe('matching on analysed nouns', () => {
    const nouns = createTopicClassifier([
      { slug: 'ai', name: 'AI', description: 'AI', fallback: false, keywords: { AI: 5, AI기본법: 5 } },
      { slug: 'law', name: '법', description: '법', fallback: false, keywords: { 기본법: 5 } },
      { slug: 'energy', name: '에너지', description: '에너지', fallback: false, keywords: { 원전: 5 } },
      { slug: 'mobility', name: '모빌리티', description: '모빌리티', fallback: false, keywords: { 자율주행: 5, 'R&D': 5 } },
      { slug: 'general', name: '일반', description: '일반', fallback: true, keywords: {} },
    ]);

    it('does not find a keyword inside another word', () => {
      expect(nouns.scores({ heading: '', body: 'KAIST 연구진이 완전히 새로운 방법을 찾았다.' }).size).toBe(0);
    });

    it('finds a keyword with particles, inside a compound and across a space', () => {
      const scores = nouns.scores({ heading: '', body: '한빛원전을 점검했다. 자율 주행 버스와 R&D 예산.' });
      expect(scores.get('energy')).toBe(5);
      expect(scores.get('mobility')).toBe(10);
    });

    it('takes the longest keyword at each place', () => {
      const scores = nouns.scores({ heading: '', body: 'AI기본법이 시행된다.' });
      expect(scores.get('ai')).toBe(5);
      expect(scores.has('law')).toBe(false);
    });

    it('gives the key nouns of an article left in the fallback topic', () => {
      const result = nouns.classifyInDetail({ heading: '', body: '스테이블코인 발행 요건을 두고 스테이블코인 업계와 은행이 맞섰다.' });
      expect(result.fallback).toBe(true);
      expect(result.keyNouns[0]).toBe('스테이블코인');
    });
  });
});
