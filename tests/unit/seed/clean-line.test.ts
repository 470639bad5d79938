import { describe, expect, it } from 'vitest';
import { cleanLine } from '@/lib/seed/clean-line';

describe('cleanLine', () => {
  it('collapses white space of every kind and trims', () => {
    expect(cleanLine('  과기정통부는\t\t발표했다.\u3000\u00a0 ').text).toBe('과기정통부는 발표했다.');
  });

  it('normalises to NFC so decomposed Hangul equals composed Hangul', () => {
    const decomposed = '과학'.normalize('NFD');
    expect(decomposed).not.toBe('과학');
    expect(cleanLine(decomposed).text).toBe('과학');
  });

  it('removes control characters and says so', () => {
    const result = cleanLine('예산\u0000을 \u0007늘렸다\u007f.');
    expect(result.text).toBe('예산을 늘렸다.');
    expect(result.notes).toContain('control-characters');
  });

  it('removes ANSI colour escapes', () => {
    const result = cleanLine('\u001b[31m빨간\u001b[0m 글씨');
    expect(result.text).toBe('빨간 글씨');
    expect(result.notes).toContain('ansi-escapes');
  });

  it('removes replacement characters left by invalid bytes', () => {
    const result = cleanLine('잘못된\ufffd 바이트');
    expect(result.text).toBe('잘못된 바이트');
    expect(result.notes).toContain('invalid-utf8');
  });

  it('removes zero-width characters and a stray BOM', () => {
    expect(cleanLine('\ufeff연구\u200b개발').text).toBe('연구개발');
  });

  it('leaves markup characters alone: they are text', () => {
    const hostile = '<script>alert(1)</script> # 제목 [x](javascript:alert(1)) {{ 7*7 }}';
    expect(cleanLine(hostile).text).toBe(hostile);
    expect(cleanLine(hostile).notes).toEqual([]);
  });
});
