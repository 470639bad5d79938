import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pagefindKeys } from '@/lib/search/token-pruning';
import { GLUE, decodeIndexedText, encodeIndexedText } from '@/lib/search/indexed-text';

/** The keys Pagefind gives the encoded text (words of letters and digits only; the rest gives none). */
const keysOf = (text: string) => pagefindKeys(encodeIndexedText(text));

describe('encodeIndexedText', () => {
  it('keys a word by the stem the query side searches for', () => {
    expect(keysOf('과기정통부는 과기정통부가 과기정통부와 협력했다')).toEqual(['과기정통부', '과기정통부', '과기정통부', '협력']);
    expect(keysOf('9459억 원을 K-AI를 Kanana를')).toEqual(['9459억', '원을', 'kai', 'kanana']);
  });

  it('sets punctuation next to Hangul and non-ASCII punctuation apart', () => {
    expect(keysOf('세종·제주 “작은 기업에도” ‘Ezoi 3’')).toEqual(['세종', '제주', '작은', '기업', 'ezoi', '3']);
    expect(keysOf('정보통신산업진흥원(NIPA)이')).toEqual(['정보통신산업진흥원', 'nipa']);
  });

  it('keeps ASCII punctuation between Latin letters and digits, which queries key whole', () => {
    expect(keysOf('K-AI 02-552-6270 R&D 85.3% U.S.')).toEqual(['kai', '025526270', 'rd', '853', 'us']);
  });

  it('never leaves a key with punctuation or a private-use character in it', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'과기정통부는가 ·“”‘’()AI-9.…억을를') }), (text) => {
        for (const word of encodeIndexedText(text).split(' ')) {
          const letters = [...word].filter((ch) => /[\p{L}\p{N}]/u.test(ch)).join('');
          // A word either is all letters/digits (plus ASCII punctuation between Latin letters/digits) or gives no key at all.
          if (letters) expect(word).not.toMatch(/[\uE000\u{F0000}-\u{FFFFD}·“”‘’…]/u);
        }
      }),
    );
  });

  it('drops the private-use characters it uses from the input', () => {
    expect(decodeIndexedText(encodeIndexedText(`가${GLUE}나 \u{F0000}다`))).toBe('가나 다');
  });
});

describe('decodeIndexedText', () => {
  it('gives back the text exactly', () => {
    const text = '과기정통부는 “작은 기업에도 기회 열어야”라고 정보통신산업진흥원(NIPA)이 ‘Ezoi 3’ 등을 개발했다. 85.3%가 K-AI를';
    expect(decodeIndexedText(encodeIndexedText(text))).toBe(text);
  });

  it('round-trips any text with single spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'과기정통부는가을를에서 ·“”‘’()AI-9.…억%&') }), (raw) => {
        const text = raw.replace(/\s+/g, ' ').trim();
        expect(decodeIndexedText(encodeIndexedText(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves text without markers alone', () => {
    expect(decodeIndexedText('토큰 없는 본문, 그대로.')).toBe('토큰 없는 본문, 그대로.');
  });
});
