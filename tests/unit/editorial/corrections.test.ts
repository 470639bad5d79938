import { describe, expect, it } from 'vitest';
import { parseCorrections } from '@/lib/editorial/corrections';

const topics = new Set(['ai', 'space']);

describe('corrections.yaml', () => {
  it('reads each entry with its line', () => {
    const file = parseCorrections(
      ['articles:', '  - id: 0123456789ab', '    title: 고친 제목', '  - id: abcdefabcdef', '    topics: [space]', '    headlineChars: 30'].join('\n'),
      'corrections.yaml',
      topics,
    );
    expect(file.problems).toEqual([]);
    expect(file.corrections).toEqual([
      { id: '0123456789ab', title: '고친 제목', line: 2 },
      { id: 'abcdefabcdef', topics: ['space'], headlineChars: 30, line: 4 },
    ]);
  });

  it('is optional and may be empty', () => {
    expect(parseCorrections('', 'corrections.yaml', topics)).toMatchObject({ corrections: [], problems: [] });
    expect(parseCorrections('articles: []\n', 'corrections.yaml', topics)).toMatchObject({ corrections: [], problems: [] });
  });

  it('skips the whole file on a YAML error, naming the line', () => {
    const file = parseCorrections('articles:\n  - id: 0123456789ab\n    title: [열린 괄호\n', 'corrections.yaml', topics);
    expect(file.corrections).toEqual([]);
    expect(file.problems).toHaveLength(1);
    expect(file.problems[0]?.line).toBeGreaterThanOrEqual(3);
    expect(file.problems[0]?.message).toContain('파일 전체를 건너뜁니다');
  });

  it('skips a bad entry with its line and keeps the others', () => {
    const file = parseCorrections(
      [
        'articles:',
        '  - id: not-an-id',
        '    title: x',
        '  - id: 0123456789ab',
        '    topics: [weather]',
        '  - id: abcdefabcdef',
        '    titel: 오타 난 키',
        '  - id: 111111111111',
        '    label: "[단독]"',
        '  - id: 111111111111',
        '    label: ""',
      ].join('\n'),
      'corrections.yaml',
      topics,
    );
    expect(file.corrections.map((c) => [c.id, c.line])).toEqual([['111111111111', 8]]);
    expect(file.problems.map((p) => p.line)).toEqual([2, 4, 6, 10]);
    expect(file.problems[1]?.message).toContain('weather');
    expect(file.problems[3]?.message).toContain('8번째 줄');
  });

  it('wants a list under articles:', () => {
    expect(parseCorrections('- id: 0123456789ab\n', 'corrections.yaml', topics).problems[0]?.message).toContain('articles:');
  });
});
