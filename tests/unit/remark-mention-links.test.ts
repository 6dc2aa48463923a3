import type { Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '@/lib/taxonomy/mentions';
import { remarkMentionLinks } from '@/lib/mdx/remark-mention-links';

const matcher = buildMatcher([
  { text: '飞地', kind: 'initiative', id: 'feidi' },
  { text: '消薄飞地', kind: 'initiative', id: 'xiaobao-feidi' },
  { text: '萧山', kind: 'place', id: 'xiaoshan' },
]);

function links(markdown: string): { text: string; url: string; inHeading: boolean }[] {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkMentionLinks, { matcher, href: (t) => `/${t.kind}/${t.id}` });
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const found: { text: string; url: string; inHeading: boolean }[] = [];
  visit(tree, 'link', (node: Link, _i, parent) => {
    found.push({ text: toString(node), url: node.url, inHeading: parent?.type === 'heading' });
  });
  return found;
}

describe('remarkMentionLinks', () => {
  it('links the first mention of each name once per section', () => {
    expect(links('萧山的飞地，萧山的飞地。\n\n又是萧山。')).toEqual([
      { text: '萧山', url: '/place/xiaoshan', inHeading: false },
      { text: '飞地', url: '/initiative/feidi', inHeading: false },
    ]);
  });

  it('starts again after each heading, and never links inside a heading', () => {
    const found = links('萧山。\n\n## 萧山的飞地\n\n萧山。\n\n### 小节\n\n萧山与消薄飞地。');
    expect(found.map((l) => l.text)).toEqual(['萧山', '萧山', '萧山', '消薄飞地']);
    expect(found.some((l) => l.inHeading)).toBe(false);
  });

  it('leaves existing links and figure captions alone', () => {
    expect(links('[萧山](https://example.org)的飞地。\n\n<Figure caption="萧山飞地" />')).toEqual([
      { text: '萧山', url: 'https://example.org', inHeading: false },
      { text: '飞地', url: '/initiative/feidi', inHeading: false },
    ]);
  });

  it('keeps the paragraph text unchanged', () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkMentionLinks, { matcher, href: () => '/x' });
    const tree = processor.runSync(processor.parse('平湖消薄飞地模式在萧山。')) as Root;
    expect(toString(tree)).toBe('平湖消薄飞地模式在萧山。');
  });
});
