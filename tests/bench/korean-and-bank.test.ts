import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { finalSound, fitParticle } from '../../bench/corpus/korean';
import { bodyOfFirstSentence, buildPhraseBank, splitSentences } from '../../bench/corpus/phrase-bank';
import { loadEditorial } from '@/lib/editorial/load';

describe('finalSound / fitParticle', () => {
  it('reads the last syllable, Latin letter or digit', () => {
    expect(finalSound('예산')).toBe('other');
    expect(finalSound('보안')).toBe('other');
    expect(finalSound('해외')).toBe('none');
    expect(finalSound('서울')).toBe('rieul');
    expect(finalSound('AI')).toBe('none');
    expect(finalSound('LLM')).toBe('other');
    expect(finalSound('6G')).toBe('none');
    expect(finalSound('‘Kanana’')).toBe('none');
    expect(finalSound('AiVATAR')).toBe('rieul');
  });

  it('chooses the particle form', () => {
    expect(fitParticle('예산', '를')).toBe('을');
    expect(fitParticle('과기정통부', '은')).toBe('는');
    expect(fitParticle('카카오', '과')).toBe('와');
    expect(fitParticle('지역', '로')).toBe('으로');
    expect(fitParticle('서울', '으로')).toBe('로');
    expect(fitParticle('KT', '이')).toBe('가');
    expect(fitParticle('기업', '의')).toBe('의');
  });
});

describe('phrase bank', () => {
  const seed = readFileSync(path.resolve('content/seeds/000_243a80f4f65a3ff9.txt'), 'utf8');
  const editorial = loadEditorial(path.resolve('content'));
  const orgs = editorial.organizations;
  const bank = buildPhraseBank(
    [seed],
    orgs,
    editorial.topics.map((t) => ({ slug: t.slug, keywords: Object.keys(t.keywords), fallback: t.fallback })),
  );

  it('splits sentences at 다. and friends, not inside numbers or ellipses', () => {
    expect(splitSentences('예산은 35.5% 늘었다. 이어 "정보보호산업법..."을 발표했다. 끝')).toEqual([
      '예산은 35.5% 늘었다.',
      '이어 "정보보호산업법..."을 발표했다.',
      '끝',
    ]);
  });

  it('finds where the body starts behind a glued headline', () => {
    const forms = orgs.flatMap((o) => [o.name, ...o.aliases]).sort((a, b) => b.length - a.length);
    expect(bodyOfFirstSentence('10개 사업 신규 추진 과학기술정보통신부는 올해 투자를 늘린다.', forms)).toBe('과학기술정보통신부는 올해 투자를 늘린다.');
    expect(bodyOfFirstSentence("과기정통부, '시행령' 개정안 입법예고 과학기술정보통신부는 9일 밝혔다.", forms)).toBe('과학기술정보통신부는 9일 밝혔다.');
    expect(bodyOfFirstSentence('올해는 로봇의 해다.', forms)).toBeUndefined();
  });

  it('holds clean body sentences, leads, clauses and swappable nouns from the real seed', () => {
    expect(bank.sentences.length).toBeGreaterThan(60);
    expect(bank.leads.length).toBeGreaterThan(5);
    expect(bank.clausal.length).toBeGreaterThan(5);
    for (const s of bank.sentences) {
      expect(s.text).toMatch(/[.!?]["”’']?$/);
      expect(s.text.length).toBeGreaterThanOrEqual(20);
    }
    expect(bank.nouns).toContain('기업');
    for (const verbish of ['있다', '지원한다', '강화하기']) expect(bank.nouns).not.toContain(verbish);
    // Every topic except the fallback is in the bank's vocabulary.
    expect(bank.topics.map((t) => t.slug)).not.toContain('general');
    expect(bank.topics.length).toBe(editorial.topics.length - 1);
  });
});
