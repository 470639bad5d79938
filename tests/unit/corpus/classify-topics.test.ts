import { describe, expect, it } from 'vitest';
import { createTopicClassifier } from '@/lib/corpus/classify-topics';
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

  it('falls back only when nothing fits', () => {
    expect(classifier.classify({ heading: '', body: '오늘 날씨가 맑다.' })).toEqual(['general']);
  });

  it('never returns more than three topics', () => {
    const many = createTopicClassifier([
      ...['a', 'b', 'c', 'd'].map((slug) => ({ slug, name: slug, description: slug, fallback: false, keywords: { 같은말: 5 } })),
      { slug: 'z', name: 'z', description: 'z', fallback: true, keywords: {} },
    ]);
    expect(many.classify({ heading: '같은말', body: '같은말 같은말' })).toEqual(['a', 'b', 'c']);
  });
});
