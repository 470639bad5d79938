import { load as astroYamlLoad } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/article-schema';
import { parseEntry, serializeEntry } from '@/lib/ingest/entry-files';

const article = (id: string, title: string): Article => ({
  id,
  title,
  titleDerived: false,
  deck: ['true', 'null', '2026'],
  summary: '요약: "따옴표"와 \'작은따옴표\', # 해시',
  topics: ['ai'],
  organizations: [],
  figures: [{ value: '85.3%', kind: 'percent', context: '85.3%' }],
  dates: ['2026년'],
  edition: '000_243a80f4f65a3ff9',
  source: { file: '000_243a80f4f65a3ff9.txt', line: 1 },
  sources: [{ file: '000_243a80f4f65a3ff9.txt', line: 1 }],
  truncated: true,
  readingMinutes: 1,
  related: ['123456789012'],
  sameStory: [],
});

/** Front matter as Astro's reader (js-yaml 4, YAML 1.2) sees it. */
function frontMatterAsAstroReadsIt(entry: string) {
  const yaml = entry.split('---\n')[1]!;
  return astroYamlLoad(yaml);
}

describe('serializeEntry', () => {
  it('quotes strings that a YAML 1.2 reader would take for numbers or booleans', () => {
    for (const id of ['0135331e0165', '123456789012', '000000000000', 'abcdefabcdef']) {
      const data = article(id, '1e5');
      expect(frontMatterAsAstroReadsIt(serializeEntry(data, '본문\n'))).toEqual(data);
    }
  });

  it('reads back what it wrote, ids that YAML 1.1 readers take for numbers included', () => {
    // js-yaml 4 writes `39782e240414` bare; gray-matter's default reader would return Infinity.
    const data = { ...article('39782e240414', '제목'), related: ['39782e240414', '0135331e0165', '123456789012'] };
    const { data: back, body } = parseEntry(serializeEntry(data, '본문\n'));
    expect(back).toEqual(data);
    expect(body).toBe('본문\n');
  });

  it('puts the body after the front matter unchanged', () => {
    expect(serializeEntry(article('abcdefabcdef', '제목'), '본문 \\# 그대로\n').endsWith('---\n본문 \\# 그대로\n')).toBe(true);
  });
});
