import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleHtml, forFeedReaders } from '@/components/feed/article-html';
import { blockText } from '@/lib/content/article-blocks';
import { loadSite } from '@/lib/content/load-site';
import { SITE_URL } from '@/lib/seo/site-url';

const site = loadSite(path.join(__dirname, '../../content'));
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('forFeedReaders', () => {
  const page = `${SITE_URL}/articles/a`;

  it('makes site links absolute and in-page links point at the report', () => {
    expect(forFeedReaders('<a href="/regions/x">萧山</a><a href="#editor-notes">注</a>', page)).toBe(
      `<a href="${SITE_URL}/regions/x">萧山</a><a href="${page}#editor-notes">注</a>`,
    );
  });

  it('leaves other sites’ links alone and drops class names and decorative icons', () => {
    expect(
      forFeedReaders('<p class="x">a<a href="https://example.org/">b</a></p><svg aria-hidden="true" viewBox="0 0 1 1"><path d="M0 0"></path></svg>', page),
    ).toBe('<p>a<a href="https://example.org/">b</a></p>');
  });
});

describe('articleHtml', () => {
  for (const article of site.articles) {
    it(`${article.slug}: every heading, paragraph and caption of the report, with absolute links only`, async () => {
      const html = await articleHtml(article, site.matcher);
      const text = plain(html);
      for (const block of article.blocks) expect(text).toContain(block.type === 'figure' ? block.caption : blockText(block));
      const hrefs = [...html.matchAll(/ href="([^"]*)"/g)].map((m) => m[1]);
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.filter((href) => !href?.startsWith(`${SITE_URL}/`))).toEqual([]);
      expect(html).not.toMatch(/ class="|<svg/);
      expect(text).toContain(article.source.publication ?? '原文未注明');
    });
  }
});
