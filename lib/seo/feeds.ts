import type { Article } from '../content/load-site';
import { exactTimestamp, rfc822 } from '../content/dates';
import { contributorsOf, writersOf } from '../content/people';
import { articleHref, FEEDS, homeHref, logoHref, socialImageHref } from '../i18n/routes';
import { absoluteUrl } from './site-url';
import { CONTENT_LANGUAGE, CONTENT_REVISED, SITE_NAME, SITE_PURPOSE, SITE_TAGLINE } from '../site/identity';
import { themeById } from '../content/themes';

export type FeedChannel = {
  title: string;
  description: string;
  homeUrl: string;
  rssUrl: string;
  atomUrl: string;
  jsonUrl: string;
  iconUrl: string;
  language: string;
  /** RFC 3339: when this edition of the texts was last revised. */
  revised: string;
};

export type FeedItem = {
  url: string;
  title: string;
  summary: string;
  /** The full report as HTML with absolute links. */
  html: string;
  category: string;
  imageUrl: string;
  writers: string[];
  contributors: string[];
  /** RFC 3339, only when the paper states day and time. */
  published?: string;
};

// Shown for a report whose paper names no writer: feeds require an author, and it is not us.
export const UNSIGNED = '原文未署名';

export function siteChannel(): FeedChannel {
  const [rss, atom, json] = FEEDS;
  return {
    title: SITE_NAME,
    description: `${SITE_TAGLINE}。${SITE_PURPOSE}`,
    homeUrl: absoluteUrl(homeHref),
    rssUrl: absoluteUrl(rss.href),
    atomUrl: absoluteUrl(atom.href),
    jsonUrl: absoluteUrl(json.href),
    iconUrl: absoluteUrl(logoHref),
    language: CONTENT_LANGUAGE,
    revised: CONTENT_REVISED,
  };
}

export function feedItem(article: Article, html: string): FeedItem {
  return {
    url: absoluteUrl(articleHref(article.slug)),
    title: article.title,
    summary: article.summary,
    html,
    category: themeById(article.theme).name,
    imageUrl: absoluteUrl(socialImageHref(article.theme)),
    writers: writersOf(article.people),
    contributors: contributorsOf(article.people),
    published: exactTimestamp(article.date),
  };
}

/** RSS 2.0 with the full text in content:encoded; pubDate only when the paper gives day and time. */
export function rssFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.homeUrl),
    element('description', channel.description),
    element('language', channel.language.toLowerCase()),
    element('lastBuildDate', rfc822(channel.revised)),
    `<atom:link href="${escapeXml(channel.rssUrl)}" rel="self" type="application/rss+xml"/>`,
    `<image>${element('url', channel.iconUrl)}${element('title', channel.title)}${element('link', channel.homeUrl)}</image>`,
    ...items.map((item) =>
      [
        '<item>',
        element('title', item.title),
        element('link', item.url),
        `<guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
        element('description', item.summary),
        element('content:encoded', item.html),
        element('category', item.category),
        ...bylineOf(item).map((name) => element('dc:creator', name)),
        item.published ? element('pubDate', rfc822(item.published)) : '',
        '</item>',
      ].join(''),
    ),
    '</channel>',
    '</rss>',
  ];
  return `${lines.join('\n')}\n`;
}

/** Atom (RFC 4287). Every entry needs <updated>: ours is the edition date, said so in the feed. */
export function atomFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(channel.language)}">`,
    '<!-- <updated> is when this site last revised its edition of the texts, not when the papers printed them; <published> appears only where the paper states day and time. -->',
    element('id', channel.homeUrl),
    element('title', channel.title),
    element('subtitle', channel.description),
    `<link rel="alternate" type="text/html" href="${escapeXml(channel.homeUrl)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(channel.atomUrl)}"/>`,
    element('updated', channel.revised),
    element('icon', channel.iconUrl),
    ...items.map((item) =>
      [
        '<entry>',
        element('id', item.url),
        element('title', item.title),
        `<link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>`,
        element('updated', channel.revised),
        item.published ? element('published', item.published) : '',
        ...bylineOf(item).map((name) => `<author>${element('name', name)}</author>`),
        ...item.contributors.map((name) => `<contributor>${element('name', name)}</contributor>`),
        `<category term="${escapeXml(item.category)}"/>`,
        element('summary', item.summary),
        `<content type="html">${escapeXml(item.html)}</content>`,
        '</entry>',
      ].join(''),
    ),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}

/** JSON Feed 1.1; date_published only when the paper gives day and time. */
export function jsonFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.jsonUrl,
    description: channel.description,
    icon: channel.iconUrl,
    language: channel.language,
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.html,
      image: item.imageUrl,
      ...(item.published ? { date_published: item.published } : {}),
      authors: bylineOf(item).map((name) => ({ name })),
      tags: [item.category],
      language: channel.language,
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

function bylineOf(item: FeedItem): string[] {
  return item.writers.length > 0 ? item.writers : [UNSIGNED];
}

function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// Characters XML 1.0 cannot carry at all, escaped or not.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function escapeXml(text: string): string {
  const bad = NOT_XML.exec(text);
  if (bad)
    throw new Error(
      `feed text contains U+${bad[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}, which XML cannot carry: “${text.slice(Math.max(0, bad.index - 20), bad.index + 20)}”`,
    );
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
