import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, fitText, fitTextAtSizes, type Measure } from '@/lib/share/fit-text';

/** Every character 10 px wide, a space 5 px: easy to reason about. */
const mono: Measure = (t) => Array.from(t).reduce((w, c) => w + (c === ' ' ? 5 : 10), 0);

describe('fitText (keep-all)', () => {
  it('breaks only between words', () => {
    const fitted = fitText('과학기술 정보통신부 연구개발 특구', mono, 90, 3);
    expect(fitted).toEqual({ lines: ['과학기술', '정보통신부', '연구개발 특구'], truncated: false, brokeWord: false });
  });

  it('shortens at a word boundary with an ellipsis when the lines run out', () => {
    const fitted = fitText('가나다 라마바 사아자 차카타 파하', mono, 70, 2);
    expect(fitted.truncated).toBe(true);
    expect(fitted.lines).toEqual(['가나다 라마바', `사아자${ELLIPSIS}`]);
  });

  it('cuts a word only when it alone is wider than a line', () => {
    const fitted = fitText('가나다라마바사아자차카타', mono, 50, 3);
    expect(fitted.brokeWord).toBe(true);
    expect(fitted.lines).toEqual(['가나다라마', '바사아자차', '카타']);
  });

  it('never returns a line wider than the box, more lines than allowed, or lost words', () => {
    const word = fc.string({ unit: fc.constantFrom(...'가나다라마바사아자차카타파하AI0123,…·'), minLength: 1, maxLength: 14 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.integer({ min: 60, max: 400 }), fc.integer({ min: 1, max: 4 }), (words, width, maxLines) => {
        const text = words.join(' ');
        const fitted = fitText(text, mono, width, maxLines);
        expect(fitted.lines.length).toBeLessThanOrEqual(maxLines);
        for (const line of fitted.lines) expect(mono(line)).toBeLessThanOrEqual(width);
        const normal = words.join(' ');
        if (!fitted.truncated && !fitted.brokeWord) expect(fitted.lines.join(' ')).toBe(normal);
        if (fitted.truncated) {
          const last = fitted.lines.at(-1)!;
          expect(last.endsWith(ELLIPSIS)).toBe(true);
          const shown = [...fitted.lines.slice(0, -1), last.slice(0, -1)].join(fitted.brokeWord ? '' : ' ');
          expect(normal.replaceAll(' ', '').startsWith(shown.replaceAll(' ', ''))).toBe(true);
        }
      }),
    );
  });
});

describe('fitTextAtSizes', () => {
  const at = (size: number): Measure => (t) => (mono(t) * size) / 10;

  it('takes the largest size at which the whole text fits', () => {
    expect(fitTextAtSizes('가나다 라마바 사아자', at, [20, 10], 100, 2)).toMatchObject({ size: 10, truncated: false });
    expect(fitTextAtSizes('가나', at, [20, 10], 100, 2)).toMatchObject({ size: 20, lines: ['가나'] });
  });

  it('shortens at the smallest size when nothing fits', () => {
    const fitted = fitTextAtSizes('가나다 라마바 사아자 차카타 파하 가나다 라마바', at, [20, 10], 80, 1);
    expect(fitted.size).toBe(10);
    expect(fitted.truncated).toBe(true);
  });
});
