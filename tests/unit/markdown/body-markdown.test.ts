import fc from 'fast-check';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { paragraphsToMarkdown } from '@/lib/markdown/body-markdown';

/** Parse the Markdown back and return each top-level node's type and text. */
function readBack(markdown: string) {
  const tree = unified().use(remarkParse).parse(markdown);
  return tree.children.map((node) => ({ type: node.type, text: toString(node) }));
}

const hostile = [
  '<script>alert(1)</script> 과기정통부는',
  '# 제목처럼 보이는 줄',
  '[링크](javascript:alert(1)) 와 *강조* 와 `코드`',
  '---',
  '{{ 7*7 }} {% raw %} <!-- 주석 --> {alert(1)}',
  '1. 목록처럼 > 인용처럼 | 표 | 처럼 |',
];

describe('paragraphsToMarkdown', () => {
  it('keeps markup-looking seed text as literal paragraph text', () => {
    const markdown = paragraphsToMarkdown(hostile);
    expect(readBack(markdown)).toEqual(hostile.map((text) => ({ type: 'paragraph', text })));
  });

  it('round-trips any text to the same paragraphs', () => {
    const unit = fc.constantFrom(...'가나다 과학 <>&#*_[]()!`~-=+{}|\\.:;"\'%1 aZ\t'.split(''));
    const paragraph = fc
      .array(unit, { minLength: 1, maxLength: 40 })
      .map((chars) => chars.join('').replace(/\s+/g, ' ').trim())
      .filter((text) => text.length > 0);
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const back = readBack(paragraphsToMarkdown(paragraphs));
        expect(back.map((n) => n.type)).toEqual(paragraphs.map(() => 'paragraph'));
        expect(back.map((n) => n.text)).toEqual(paragraphs);
      }),
      { numRuns: 300 },
    );
  });
});
