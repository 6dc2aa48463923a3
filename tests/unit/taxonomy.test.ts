import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/content-error';
import { loadSite } from '@/lib/content/load-site';

const fixture = (name: string) => path.join(__dirname, '../fixtures/content', name);

describe('taxonomy validation', () => {
  let messages: string[] = [];
  try {
    loadSite(fixture('bad-taxonomy'));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    messages = error.issues.map((i) => `${i.file.split('bad-taxonomy/')[1]} › ${i.field}: ${i.message}`);
  }

  it.each([
    ['duplicate place id', 'places.yaml › [3].id: 重复的 id “xiaoshan”'],
    ['unknown parent', 'places.yaml › [4].parent: 未知的上级地点 “nowhere”'],
    ['cycle', 'places.yaml › [5].parent: 上级关系成环: loop-a → loop-b → loop-a'],
    ['duplicate initiative id', 'taxonomy/initiatives.yaml › [1].id: 重复的 id “feidi”'],
    ['unknown category', /^taxonomy\/initiatives\.yaml › \[2\]\.category: /],
    ['duplicate alias', 'taxonomy/initiatives.yaml › [3].aliases[1]: “消薄“飞地””重复列出 (duplicate alias)'],
    ['overlapping alias', 'taxonomy/initiatives.yaml › [4].aliases[0]: “萧山”已是地点 xiaoshan的名称或别名 (overlapping alias)'],
    ['unknown place', 'taxonomy/initiatives.yaml › [4].places[0]: 未知地点 id “shenzhen”'],
    ['unknown related initiative', 'taxonomy/initiatives.yaml › [4].related[0]: 未知举措 id “nothing”'],
    ['quote not in the report', 'taxonomy/partnerships.yaml › [0].evidence: 在 sample-report 中找不到引文 “这句话不在文中”'],
  ])('names the file and field of a %s', (_what, expected) => {
    expect(messages).toContainEqual(typeof expected === 'string' ? expected : expect.stringMatching(expected));
  });
});

describe('taxonomy on good content', () => {
  const site = loadSite(fixture('good'));

  it('finds mentions in paragraphs by name and alias, longest first', () => {
    const article = site.articles[0]!;
    const initiatives = article.mentions.filter((m) => m.kind === 'initiative').map((m) => m.id);
    expect(initiatives).toEqual(['feidi-baotuan', 'feidi-baotuan']);
  });

  it('locates each claim in the paragraph that states it', () => {
    const [partnership] = site.partnerships;
    const paragraph = site.articles[0]!.blocks.find((b) => b.id === partnership?.source.blockId);
    expect(paragraph?.type === 'paragraph' && paragraph.text).toBe('第二段，飞地抱团。');
    expect(site.themes[0]?.figures[0]?.source.text).toBe('这几年村里环境发生了翻天覆地的变化。');
  });
});
