import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadSite } from '@/lib/content/load-site';
import { atomFeed, escapeXml, feedItem, jsonFeed, rssFeed, UNSIGNED, type FeedChannel, type FeedItem } from '@/lib/seo/feeds';

const site = loadSite(path.join(__dirname, '../../content'));
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['item', 'entry', 'author', 'dc:creator'].includes(name),
});

// Everything that breaks naive feeds: markup characters, both quote kinds, Chinese quotes, an entity lookalike.
const TRICKY = '“共富树”结出<黄金果> & 萧山\'s "样板" &amp;';
const channel: FeedChannel = {
  title: `共富浙里 & <测试>`,
  description: '说明 “引号” & <尖括号>',
  homeUrl: 'https://example.org/',
  rssUrl: 'https://example.org/feed.xml',
  atomUrl: 'https://example.org/atom.xml',
  jsonUrl: 'https://example.org/feed.json',
  iconUrl: 'https://example.org/og/logo.png',
  language: 'zh-CN',
  revised: '2026-11-25T15:32:00+08:00',
};
const dated: FeedItem = {
  url: 'https://example.org/articles/a?x=1&y=2',
  title: TRICKY,
  summary: `摘要 ${TRICKY}`,
  html: '<p>正文 <a href="https://example.org/regions/x">萧山</a> &amp; “引号”</p><p>]]> 不是 CDATA 的结尾</p>',
  category: '温州·龙湾与乐清',
  imageUrl: 'https://example.org/og/wenzhou.png',
  writers: ['王慧青', '茅坚'],
  contributors: ['林青颖'],
  published: '2022-02-10T08:12:00+08:00',
};
const undated: FeedItem = { ...dated, url: 'https://example.org/articles/b', writers: [], contributors: [], published: undefined };

function parseXml(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

describe('escapeXml', () => {
  it('escapes the five markup characters and keeps Chinese text and quotes', () => {
    expect(escapeXml(`<a href="x">'&'</a> “共富”`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt; “共富”');
  });

  it('refuses characters XML cannot carry, naming them', () => {
    expect(() => escapeXml('共富\u0001浙里')).toThrow(/U\+0001/);
  });
});

describe('RSS 2.0', () => {
  const rss = parseXml(rssFeed(channel, [dated, undated])).rss;

  it('round-trips titles, summaries and the full HTML exactly', () => {
    expect(rss['@version']).toBe('2.0');
    expect(rss.channel.title).toBe(channel.title);
    expect(rss.channel.item[0].title).toBe(TRICKY);
    expect(rss.channel.item[0].description).toBe(`摘要 ${TRICKY}`);
    expect(rss.channel.item[0]['content:encoded']).toBe(dated.html);
    expect(rss.channel.item[0].link).toBe(dated.url);
    expect(rss.channel.item[0].guid['#text']).toBe(dated.url);
  });

  it('gives pubDate only when the paper states day and time', () => {
    expect(rss.channel.item[0].pubDate).toBe('Thu, 10 Feb 2022 08:12:00 +0800');
    expect(rss.channel.item[1]).not.toHaveProperty('pubDate');
    expect(rss.channel.lastBuildDate).toBe('Wed, 25 Nov 2026 15:32:00 +0800');
  });

  it('names the writers, or says the paper names none', () => {
    expect(rss.channel.item[0]['dc:creator']).toEqual(['王慧青', '茅坚']);
    expect(rss.channel.item[1]['dc:creator']).toEqual([UNSIGNED]);
    expect(rss.channel.language).toBe('zh-cn');
  });
});

describe('Atom', () => {
  const feed = parseXml(atomFeed(channel, [dated, undated])).feed;

  it('has id, title and updated on the feed and every entry, with the HTML content escaped once', () => {
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.updated).toBe(channel.revised);
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^https:\/\/example\.org\/articles\//);
      expect(entry.title).toBe(TRICKY);
      expect(entry.updated).toBe(channel.revised);
      expect(entry.content['@type']).toBe('html');
      expect(entry.content['#text']).toBe(dated.html);
    }
  });

  it('gives <published> only when the paper states day and time, and always an author', () => {
    expect(feed.entry[0].published).toBe(dated.published);
    expect(feed.entry[1]).not.toHaveProperty('published');
    expect(feed.entry[0].author.map((a: { name: string }) => a.name)).toEqual(['王慧青', '茅坚']);
    expect(feed.entry[0].contributor.name).toBe('林青颖');
    expect(feed.entry[1].author.map((a: { name: string }) => a.name)).toEqual([UNSIGNED]);
  });
});

describe('JSON Feed 1.1', () => {
  const feed = JSON.parse(jsonFeed(channel, [dated, undated]));

  it('has the version, feed fields and, on every item, id, url, title, content_html and language', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed).toMatchObject({ title: channel.title, home_page_url: channel.homeUrl, feed_url: channel.jsonUrl, language: 'zh-CN' });
    expect(feed.items[0]).toMatchObject({
      id: dated.url,
      url: dated.url,
      title: TRICKY,
      content_html: dated.html,
      language: 'zh-CN',
      tags: ['温州·龙湾与乐清'],
    });
  });

  it('gives date_published only when the paper states day and time', () => {
    expect(feed.items[0].date_published).toBe('2022-02-10T08:12:00+08:00');
    expect(feed.items[1]).not.toHaveProperty('date_published');
    expect(feed.items[1].authors).toEqual([{ name: UNSIGNED }]);
  });
});

describe('feedItem from the real reports', () => {
  it('dates only the report whose paper states day and time; the five year-only reports get no date', () => {
    const published = Object.fromEntries(site.articles.map((a) => [a.slug, feedItem(a, '<p></p>').published]));
    expect(published).toEqual({
      'xiaoshan-gongfu-shu': undefined,
      'pinghu-baotuan-fu': undefined,
      'longwan-weilai-chengqu': undefined,
      'yueqing-xianyu-biaogan': undefined,
      'hangzhou-gongtong-fuyu': undefined,
      'xiaoshan-duikou-xiezuo': '2022-02-10T08:12:00+08:00',
    });
  });

  it('splits writers from contributors, links the theme card and an absolute URL', () => {
    const report = site.articles.find((a) => a.slug === 'pinghu-baotuan-fu');
    if (!report) throw new Error('pinghu-baotuan-fu missing');
    const item = feedItem(report, '');
    expect(item.writers).toEqual(['李雨婷', '华婷婷', '顾剑锋', '邹树文']);
    expect(item.contributors).toEqual(['王强']);
    expect(item.category).toBe('平湖');
    expect(item.url).toMatch(/^https?:\/\/[^/]+\/articles\/pinghu-baotuan-fu$/);
    expect(item.imageUrl).toMatch(/\/og\/pinghu\.png$/);
  });
});
