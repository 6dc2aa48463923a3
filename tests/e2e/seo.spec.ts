import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { blockText } from '../../lib/content/article-blocks';
import { ancestry } from '../../lib/taxonomy/places';
import { SITE_URL } from '../../lib/seo/site-url';
import { expectNoAxeViolations, site, trackConsoleErrors, VIEWPORTS } from './support';

// The build writes absolute URLs on SITE_URL (default http://localhost:3000); the test server runs
// elsewhere, so every absolute URL is checked for the origin and then fetched by its path.
const local = (url: string) => {
  expect(url.startsWith(`${SITE_URL}/`), `${url} is on ${SITE_URL}`).toBe(true);
  return url.slice(SITE_URL.length);
};
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['item', 'entry', 'url', 'xhtml:link', 'author', 'dc:creator'].includes(name),
});
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const exact = (date: { value: string; time?: string }) => (date.time ? `${date.value}T${date.time}:00+08:00` : undefined);

/** Fetched as a feed reader would, then checked twice for well-formedness: fast-xml-parser and the browser's DOMParser. */
async function fetchXml(request: APIRequestContext, page: Page, url: string) {
  const response = await request.get(url);
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(XMLValidator.validate(text)).toBe(true);
  const browserErrors = await page.evaluate((xml) => new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('parsererror').length, text);
  expect(browserErrors).toBe(0);
  return parser.parse(text);
}

function expectFullText(html: string, article: (typeof site.articles)[number]) {
  const text = plain(html);
  for (const block of article.blocks) expect(text).toContain(block.type === 'figure' ? block.caption : blockText(block));
}

test.describe('feeds', () => {
  test('RSS 2.0: one item per report with the full text, absolute links, and pubDate only where the paper gives one', async ({ request, page }) => {
    const { rss } = await fetchXml(request, page, '/feed.xml');
    expect(rss['@version']).toBe('2.0');
    expect(rss.channel.title).toBe('共富浙里');
    expect(rss.channel.language).toBe('zh-cn');
    expect(rss.channel['atom:link']['@href']).toBe(`${SITE_URL}/feed.xml`);
    expect(rss.channel.item).toHaveLength(site.articles.length);
    for (const [i, article] of site.articles.entries()) {
      const item = rss.channel.item[i];
      expect(item.title).toBe(article.title);
      expect(item.link).toBe(`${SITE_URL}/articles/${article.slug}`);
      expect(item.guid['#text']).toBe(item.link);
      expectFullText(item['content:encoded'], article);
      expect([...item['content:encoded'].matchAll(/ href="([^"]+)"/g)].filter((m) => !m[1].startsWith(`${SITE_URL}/`))).toEqual([]);
      if (exact(article.date)) expect(item.pubDate).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0800$/);
      else expect(item).not.toHaveProperty('pubDate');
      expect((await request.get(local(item.link))).status()).toBe(200);
    }
  });

  test('Atom: id, title and updated on every entry; published only where the paper gives day and time', async ({ request, page }) => {
    const { feed } = await fetchXml(request, page, '/atom.xml');
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`${SITE_URL}/`);
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    expect(feed.entry).toHaveLength(site.articles.length);
    for (const [i, article] of site.articles.entries()) {
      const entry = feed.entry[i];
      expect(entry.id).toBe(`${SITE_URL}/articles/${article.slug}`);
      expect(entry.title).toBe(article.title);
      expect(entry.updated).toBe(feed.updated);
      expect(entry.author.length).toBeGreaterThan(0);
      expect(entry.content['@type']).toBe('html');
      expectFullText(entry.content['#text'], article);
      if (exact(article.date)) expect(entry.published).toBe(exact(article.date));
      else expect(entry).not.toHaveProperty('published');
    }
  });

  test('JSON Feed 1.1: version, and id, url, title, content_html and language on every item', async ({ request }) => {
    const response = await request.get('/feed.json');
    expect(response.status()).toBe(200);
    const feed = await response.json();
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed).toMatchObject({ title: '共富浙里', home_page_url: `${SITE_URL}/`, feed_url: `${SITE_URL}/feed.json`, language: 'zh-CN' });
    expect(feed.items).toHaveLength(site.articles.length);
    for (const [i, article] of site.articles.entries()) {
      const item = feed.items[i];
      expect(item).toMatchObject({
        id: `${SITE_URL}/articles/${article.slug}`,
        url: `${SITE_URL}/articles/${article.slug}`,
        title: article.title,
        language: 'zh-CN',
      });
      expectFullText(item.content_html, article);
      if (exact(article.date)) expect(item.date_published).toBe(exact(article.date));
      else expect(item).not.toHaveProperty('date_published');
      const image = await request.get(local(item.image));
      expect(image.headers()['content-type']).toBe('image/png');
    }
  });
});

test('sitemap.xml lists every built page once, in both scripts, absolute, with zh-Hans, zh-Hant and x-default alternates; robots.txt points to it', async ({
  request,
  page,
}) => {
  const { urlset } = await fetchXml(request, page, '/sitemap.xml');
  const locs: string[] = urlset.url.map((u: { loc: string }) => u.loc);
  expect(new Set(locs).size).toBe(locs.length);
  for (const url of urlset.url) {
    const pathname = local(url.loc).replace(/^\/zh-hant(?=\/|$)/, '') || '/';
    const hans = `${SITE_URL}${pathname}`;
    const alternates = Object.fromEntries(url['xhtml:link'].map((l: Record<string, string>) => [l['@hreflang'], l['@href']]));
    expect(alternates).toEqual({ 'zh-Hans': hans, 'zh-Hant': `${SITE_URL}${pathname === '/' ? '/zh-hant' : `/zh-hant${pathname}`}`, 'x-default': hans });
    expect([alternates['zh-Hans'], alternates['zh-Hant']]).toContain(url.loc);
  }
  const out = path.join(__dirname, '../../out');
  const built = fs
    .readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !/(^|\/)(404|_not-found|search)\.html$/.test(f))
    .map((f) => `${SITE_URL}/${f.replace(/\.html$/, '').replace(/(^|\/)index$/, '')}`);
  expect(built.filter((url) => !locs.includes(url))).toEqual([]);
  expect(locs.filter((url) => !built.includes(url))).toEqual([]);

  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  expect(text).toContain('User-Agent: *');
  expect(text).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
  expect((await request.get(local(`${SITE_URL}/sitemap.xml`))).status()).toBe(200);
});

const [firstArticle] = site.articles;
const [firstInitiative] = site.initiatives;
const PAGES: { path: string; type: 'website' | 'article'; image: string }[] = [
  { path: '/', type: 'website', image: 'site' },
  ...site.articles.map((a) => ({ path: `/articles/${a.slug}`, type: 'article' as const, image: a.theme })),
  { path: '/themes/wenzhou', type: 'website', image: 'wenzhou' },
  { path: '/regions', type: 'website', image: 'site' },
  { path: '/regions/xiaoshan', type: 'website', image: 'site' },
  { path: '/initiatives', type: 'website', image: 'site' },
  { path: `/initiatives/${firstInitiative?.id}`, type: 'website', image: 'site' },
  { path: '/cooperation', type: 'website', image: 'site' },
  { path: '/timeline', type: 'website', image: 'site' },
  { path: '/about', type: 'website', image: 'site' },
];

const meta = (page: Page, key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');

for (const { path: pagePath, type, image } of PAGES) {
  test(`head of ${pagePath}: canonical, hreflang, feed autodiscovery, Open Graph and Twitter card`, async ({ page, request }) => {
    const errors = trackConsoleErrors(page);
    await page.goto(pagePath);
    // Next writes the home page's URLs without the final "/"; both spellings are the same URL.
    const same = (href: string | null) => (href ? new URL(href).href : href);
    const url = `${SITE_URL}${pagePath}`;
    expect(same(await page.locator('link[rel="canonical"]').getAttribute('href'))).toBe(same(url));
    const hreflang = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
    expect(Object.fromEntries(hreflang.map(([lang, href]) => [lang, same(href ?? null)]))).toEqual({
      'zh-Hans': same(url),
      'zh-Hant': `${SITE_URL}${pagePath === '/' ? '/zh-hant' : `/zh-hant${pagePath}`}`,
      'x-default': same(url),
    });
    const feeds = await page.locator('link[rel="alternate"][type]').evaluateAll((links) => links.map((l) => [l.getAttribute('type'), l.getAttribute('href')]));
    expect(feeds).toEqual([
      ['application/rss+xml', `${SITE_URL}/feed.xml`],
      ['application/atom+xml', `${SITE_URL}/atom.xml`],
      ['application/feed+json', `${SITE_URL}/feed.json`],
    ]);

    expect(await meta(page, 'og:type')).toBe(type);
    expect(await meta(page, 'og:locale')).toBe('zh_CN');
    expect(await meta(page, 'og:site_name')).toBe('共富浙里');
    expect(same(await meta(page, 'og:url'))).toBe(same(url));
    expect(await meta(page, 'og:title')).toBeTruthy();
    expect(await meta(page, 'og:description')).toBeTruthy();
    expect(await meta(page, 'og:image')).toBe(`${SITE_URL}/og/${image}.png`);
    expect(await meta(page, 'og:image:width')).toBe('1200');
    expect(await meta(page, 'og:image:height')).toBe('630');
    expect(await meta(page, 'og:image:alt')).toMatch(/共富浙里/);
    expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(await meta(page, 'twitter:image')).toBe(`${SITE_URL}/og/${image}.png`);
    const card = await request.get(local(`${SITE_URL}/og/${image}.png`));
    expect(card.status()).toBe(200);
    expect(card.headers()['content-type']).toBe('image/png');
    expect(errors).toEqual([]);
  });
}

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((text) => JSON.parse(text));
}

const crumbs = (ld: Record<string, unknown>[]) => {
  const list = ld.find((x) => x['@type'] === 'BreadcrumbList');
  expect(list, 'a BreadcrumbList').toBeTruthy();
  return (list?.itemListElement as { position: number; name: string; item: string }[]) ?? [];
};

test.describe('JSON-LD', () => {
  for (const article of site.articles) {
    test(`${article.slug}: NewsArticle dated no more precisely than the text, and its breadcrumb`, async ({ page }) => {
      const errors = trackConsoleErrors(page);
      await page.goto(`/articles/${article.slug}`);
      const ld = await jsonLd(page);
      const news = ld.find((x) => x['@type'] === 'NewsArticle');
      expect(news).toMatchObject({
        '@context': 'https://schema.org',
        headline: article.title,
        inLanguage: 'zh-CN',
        url: `${SITE_URL}/articles/${article.slug}`,
      });
      expect(news?.datePublished).toBe(exact(article.date) ?? article.date.value);
      expect(news).not.toHaveProperty('dateModified');
      expect(news?.publisher).toMatchObject({ '@type': 'Organization', name: '共富浙里' });
      expect(news?.isBasedOn).toMatchObject({ '@type': 'CreativeWork', identifier: article.source.seed });
      const writers = article.people
        .filter((p) => ['reporter', 'chief-reporter', 'correspondent', 'author'].includes(p.role))
        .map((p) => ({ '@type': 'Person', name: p.name }));
      if (writers.length > 0) expect(news?.author).toEqual(writers);
      else expect(news).not.toHaveProperty('author');
      const trail = crumbs(ld);
      expect(trail.map((c) => c.position)).toEqual([1, 2, 3]);
      expect(trail.at(-1)).toMatchObject({ name: article.title, item: `${SITE_URL}/articles/${article.slug}` });
      expect(errors).toEqual([]);
    });
  }

  test('theme, place and initiative pages carry a BreadcrumbList; a place’s follows the hierarchy the page shows', async ({ page }) => {
    await page.goto('/themes/duikou');
    expect(crumbs(await jsonLd(page)).map((c) => c.name)).toEqual(['首页', '对口协作']);

    const place = site.places.find((p) => ancestry(site.places, p.id).length >= 3);
    if (!place) throw new Error('no place three levels deep');
    await page.goto(`/regions/${place.id}`);
    const visible = await page.getByRole('navigation', { name: '地区层级' }).getByRole('listitem').allTextContents();
    const trail = crumbs(await jsonLd(page));
    expect(trail.map((c) => c.name)).toEqual(['首页', ...visible.map((t) => t.replace('›', '').trim()).map((t) => (t === '全部地区' ? '地区' : t))]);
    expect(trail.at(-1)?.item).toBe(`${SITE_URL}/regions/${place.id}`);

    await page.goto(`/initiatives/${firstInitiative?.id}`);
    expect(crumbs(await jsonLd(page)).map((c) => c.name)).toEqual(['首页', '举措', firstInitiative?.name]);
  });

  test('the home page describes the site as a WebSite', async ({ page }) => {
    await page.goto('/');
    expect((await jsonLd(page)).find((x) => x['@type'] === 'WebSite')).toMatchObject({ name: '共富浙里', url: `${SITE_URL}/`, inLanguage: 'zh-CN' });
  });
});

test('an unknown address still offers the feeds, and claims no canonical URL', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `${SITE_URL}/feed.xml`);
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
});

test('a reader on a phone finds the subscribe links in the footer and opens the RSS feed', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.phone);
  const errors = trackConsoleErrors(page);
  await page.goto(`/articles/${firstArticle?.slug}`);
  const subscribe = page.getByRole('navigation', { name: '订阅' });
  await subscribe.scrollIntoViewIfNeeded();
  await expect(subscribe).toContainText('在阅读器中订阅全文');
  for (const name of ['RSS', 'Atom', 'JSON Feed']) {
    const link = subscribe.getByRole('link', { name, exact: true });
    await expect(link).toBeVisible();
    expect((await link.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  }
  await expectNoAxeViolations(page);
  await page.locator('footer').screenshot({ path: 'test-results/screenshots/footer-subscribe-phone.png' });
  expect(errors).toEqual([]);
  await subscribe.getByRole('link', { name: 'RSS', exact: true }).click();
  await expect(page).toHaveURL(/\/feed\.xml$/);
  expect(await page.content()).toContain(firstArticle?.title);
});
