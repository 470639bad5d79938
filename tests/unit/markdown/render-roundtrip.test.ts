/**
 * Seed text through the whole text path: clean → split → Markdown entry →
 * the same remark/rehype renderer the site uses → HTML → text a reader sees.
 * What comes out must equal what went in, after the documented cleaning.
 */
import path from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTopicClassifier } from '@/lib/corpus/classify-topics';
import { createOrganizationMatcher } from '@/lib/corpus/organizations';
import { loadEditorial } from '@/lib/editorial/load';
import { composeArticle } from '@/lib/ingest/compose-article';
import { articleMarkdownOptions } from '@/lib/markdown/render-options';
import { cleanLine } from '@/lib/seed/clean-line';

const editorial = loadEditorial(path.resolve('content'));
const context = {
  topics: createTopicClassifier(editorial.topics),
  organizations: createOrganizationMatcher(editorial.organizations),
};
let render: (markdown: string) => Promise<string>;

beforeAll(async () => {
  const processor = await createMarkdownProcessor(articleMarkdownOptions);
  render = async (markdown) => (await processor.render(markdown)).code;
});

/** What a reader sees of the body: each paragraph's text, joined as the seed had them. */
async function visibleBody(markdown: string): Promise<string> {
  const tree = fromHtml(await render(markdown), { fragment: true });
  return tree.children
    .filter((node) => node.type === 'element' && node.tagName === 'p')
    .map((node) => toText(node))
    .join(' ');
}

async function readBack(line: string) {
  const { text } = cleanLine(line);
  const { data, body } = composeArticle(text, [{ file: 't.txt', line: 1 }], context);
  const shown = await visibleBody(body);
  const parts = [data.preface, data.titleDerived ? undefined : data.title, ...data.deck, shown].filter(Boolean);
  return { text, joined: parts.join(' '), html: await render(body) };
}

const lead = '과학기술정보통신부는 12일 연구개발 예산 배분 방안을 발표했다. ';
const markup = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '# 제목', '[x](javascript:alert(1))', '*굵게*', '---', '{{ 7*7 }}', '{% raw %}', '<!-- c -->', '{alert(1)}', '&lt;b&gt;', '&amp;', '`코드`', '~~취소~~', 'https://example.com', '> 인용', '1. 목록', '| 표 |', '\\', '_밑줄_'];

describe('seed text to page text', () => {
  it('keeps every markup-looking fragment literal', async () => {
    for (const fragment of markup) {
      const { text, joined, html } = await readBack(`${lead}본문에 ${fragment} 가 들어 있다. 이어지는 문장은 끊긴`);
      expect(joined).toBe(text);
      expect(html).not.toMatch(/<(script|img|iframe|a|h\d|em|strong|code|del|hr|blockquote|ol|table)\b/);
    }
  });

  it('holds for random text mixing Hangul and markup characters', async () => {
    const unit = fc.oneof(
      fc.constantFrom(...'가나다라 과학 기술 정책 연구 <>&#*_[]()!`~-=+{}|\\.:;"\'%/1 aZ…·“”‘’'.split('')),
      fc.constantFrom(...markup),
    );
    const tail = fc.array(unit, { minLength: 1, maxLength: 60 }).map((units) => units.join(''));
    await fc.assert(
      fc.asyncProperty(tail, async (random) => {
        const { text, joined } = await readBack(`${lead}${random}`);
        expect(joined).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
