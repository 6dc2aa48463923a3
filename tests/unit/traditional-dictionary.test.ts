import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ContentError } from '@/lib/content/content-error';
import { loadSite } from '@/lib/content/load-site';

const fixture = (name: string) => path.join(__dirname, '../fixtures/content', name);

function issuesOf(dir: string): string[] {
  try {
    loadSite(dir);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.issues.map((i) => `${path.basename(i.file)} › ${i.field}: ${i.message}`);
  }
  throw new Error('expected the fixture to fail');
}

describe('the dictionary check', () => {
  const issues = issuesOf(fixture('bad-traditional'));

  it.each([
    [
      'a byline without a reviewed form, by file, line and field',
      /^sample-report\.mdx:15 › people\[1\]\.name: “岳立”（person）在 .*traditional-dictionary\.yaml 中没有审定的繁体写法/,
    ],
    ['a speaker without a reviewed form', /^sample-report\.mdx:35 › body <Voice name>: “张金法”（person）/],
    ['a form that is not Traditional', /^traditional-dictionary\.yaml:7 › \[4\]\.hant: “萧山”不是“萧山”逐字的繁体写法/],
    ['an entry listed twice', /^traditional-dictionary\.yaml:12 › \[9\]\.hans: “飞地”已在第 11 行列出/],
    ['a term of one character', /^traditional-dictionary\.yaml:13 › \[10\]\.hans: “湖”只有一个字/],
    ['an entry without its form', /^traditional-dictionary\.yaml:14 › \[11\]\.hant: 缺少此字段/],
    ['a term written otherwise inside a longer one', /^traditional-dictionary\.yaml:16 › hant: “留守老人幹大爺”中的“干大爷”与第 15 行的“干大爺”写法不同/],
  ])('names %s', (_what, expected) => {
    expect(issues).toContainEqual(expect.stringMatching(expected));
  });

  it('passes good content', () => {
    expect(() => loadSite(fixture('good'))).not.toThrow();
  });
});

describe('the Traditional build reads content with unconverted code', () => {
  // SCRIPT is read once per module load: a fresh module graph with SITE_SCRIPT=hant is the Traditional build's
  // loader, except that code keeps its Simplified literals, so any comparison of content with Chinese text in
  // code would fail here.
  let loadTraditional: typeof loadSite;
  beforeAll(async () => {
    vi.stubEnv('SITE_SCRIPT', 'hant');
    vi.resetModules();
    loadTraditional = (await import('@/lib/content/load-site')).loadSite;
    vi.unstubAllEnvs();
    vi.resetModules();
  }, 60_000);

  it('converts the fixture with its dictionary and keeps ids', () => {
    const site = loadTraditional(fixture('good'));
    const [article] = site.articles;
    expect(article?.title).toBe('樣例報道');
    expect(article?.people).toEqual([{ name: '蔣超', role: 'reporter' }]);
    expect(article?.blocks.find((b) => b.type === 'voice')).toMatchObject({ text: '張金法（村民）' });
    expect(site.places.find((p) => p.id === 'xiaoshan')).toMatchObject({ name: '蕭山區', aliases: ['蕭山'] });
  }, 30_000);

  it('keeps the names the issue found altered, in the real content', () => {
    const site = loadTraditional(path.join(process.cwd(), 'content'));
    const text = (slug: string) =>
      site.articles
        .find((a) => a.slug === slug)
        ?.blocks.map((b) => ('text' in b ? b.text : b.caption))
        .join('\n') ?? '';
    expect(text('pinghu-baotuan-fu')).toContain('副總經理岳立');
    expect(text('yueqing-xianyu-biaogan')).toContain('留守老人干大爺');
    expect(text('xiaoshan-duikou-xiezuo')).toContain('立足旺蒼發展');
    expect(text('yueqing-xianyu-biaogan')).toContain('“共享社·幸福里”');
    expect(text('xiaoshan-duikou-xiezuo')).toContain('云集集團');
  }, 60_000);
});
