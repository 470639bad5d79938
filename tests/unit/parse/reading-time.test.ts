import { describe, expect, it } from 'vitest';
import { CHARS_PER_MINUTE, readingMinutes } from '@/lib/parse/reading-time';

describe('readingMinutes', () => {
  it('is at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('짧은 글')).toBe(1);
  });

  it('counts characters without spaces at Korean reading speed', () => {
    expect(readingMinutes('가'.repeat(CHARS_PER_MINUTE * 3))).toBe(3);
    expect(readingMinutes('가 '.repeat(CHARS_PER_MINUTE * 2))).toBe(2);
    expect(readingMinutes('가'.repeat(CHARS_PER_MINUTE * 2 + 100))).toBe(2);
  });
});
