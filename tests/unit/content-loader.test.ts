import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/content-error';
import { loadSite } from '@/lib/content/load-site';

const fixture = (name: string) => path.join(__dirname, '../fixtures/content', name);

function loadErrors(dir: string): string[] {
  try {
    loadSite(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).issues.map((i) => `${path.basename(i.file)} › ${i.field}: ${i.message}`);
  }
  throw new Error('expected the bad fixtures to fail');
}

describe('loadSite on good content', () => {
  const site = loadSite(fixture('good'));
  const [article] = site.articles;

  it('derives the slug from the file name and keeps the validated frontmatter', () => {
    expect(site.articles).toHaveLength(1);
    expect(article?.slug).toBe('sample-report');
    expect(article?.title).toBe('样例报道');
    expect(article?.date).toEqual({ value: '2023', inferred: true, basis: '文中以2022年为已完成年度。' });
    expect(article?.credits).toEqual([]);
  });

  it('lists headings, paragraphs (also inside components), figures and speakers in reading order', () => {
    expect(article?.blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'figure',
      'heading',
      'paragraph',
      'voice',
      'paragraph',
      'paragraph',
    ]);
    expect(article?.blocks.find((b) => b.type === 'paragraph' && b.text.startsWith('这几年'))).toBeDefined();
    expect(article?.blocks.find((b) => b.type === 'voice')).toMatchObject({ text: '张金法（村民）' });
  });

  it('tracks the section each paragraph sits in', () => {
    const paragraphs = article?.blocks.filter((b) => b.type === 'paragraph') ?? [];
    const headings = article?.blocks.filter((b) => b.type === 'heading') ?? [];
    expect(paragraphs[0]).toMatchObject({ sectionId: null });
    expect(paragraphs[1]).toMatchObject({ sectionId: headings[0]?.id });
    expect(paragraphs[2]).toMatchObject({ sectionId: headings[1]?.id });
  });
});

describe('loadSite on bad content', () => {
  const errors = loadErrors(fixture('bad'));

  it('reports every problem at once, each naming file and field', () => {
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^bad-yaml\.mdx › frontmatter: YAML 格式错误/),
        'missing-title.mdx › title: 缺少此字段 (required)',
        'unknown-region.mdx › regions[1]: 未知地点 id “shenzen”',
        'bad-date.mdx › date.value: 不存在的日期',
        'bad-date.mdx › date.basis: 推断的日期须写明依据 (basis)',
        expect.stringMatching(/^dup-slug\.mdx › \(file name\): slug “dup-slug” 与 .*dup-slug\.md 重复/),
        expect.stringMatching(/^unknown-component\.mdx › body: 第 \d+ 行: 未知的 MDX 组件 <Chart>/),
        expect.stringMatching(/^unknown-component\.mdx › body: .*<Chart>/),
      ]),
    );
  });

  it('formats one readable message for the build log', () => {
    expect(() => loadSite(fixture('bad'))).toThrow(/^内容有 \d+ 处错误/);
    expect(() => loadSite(fixture('bad'))).toThrow('unknown-region.mdx › regions[1]: 未知地点 id “shenzen”');
  });
});
