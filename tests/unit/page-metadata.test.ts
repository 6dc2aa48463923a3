import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '@/lib/content/load-site';
import { articleMetadata, pageMetadata, siteMetadata, socialImageAlt } from '@/lib/seo/page-metadata';
import { SITE_URL } from '@/lib/seo/site-url';

const site = loadSite(path.join(__dirname, '../../content'));
const article = (slug: string) => {
  const found = site.articles.find((a) => a.slug === slug);
  if (!found) throw new Error(`${slug} missing`);
  return found;
};
const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/feed+json'];

describe('pageMetadata', () => {
  const meta = pageMetadata({ path: '/regions/xiaoshan', title: '萧山区', description: '关于萧山区的段落。' });

  it('gives an absolute canonical URL and zh-Hans / zh-Hant / x-default alternates', () => {
    expect(meta.alternates?.canonical).toBe(`${SITE_URL}/regions/xiaoshan`);
    expect(meta.alternates?.languages).toEqual({
      'zh-Hans': `${SITE_URL}/regions/xiaoshan`,
      'zh-Hant': `${SITE_URL}/zh-hant/regions/xiaoshan`,
      'x-default': `${SITE_URL}/regions/xiaoshan`,
    });
  });

  it('repeats the three feeds for autodiscovery, since a page’s alternates replace the layout’s', () => {
    expect(Object.keys(meta.alternates?.types ?? {})).toEqual(FEED_TYPES);
    expect(Object.keys(siteMetadata().alternates?.types ?? {})).toEqual(FEED_TYPES);
  });

  it('has Open Graph in zh_CN with the site card, absolute, sized and described, and a large Twitter card', () => {
    expect(meta.openGraph).toMatchObject({
      type: 'website',
      locale: 'zh_CN',
      siteName: '共富浙里',
      url: `${SITE_URL}/regions/xiaoshan`,
      title: '萧山区',
      images: [{ url: `${SITE_URL}/og/site.png`, width: 1200, height: 630, alt: socialImageAlt() }],
    });
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', title: '萧山区' });
  });

  it('keeps the site title on the home page', () => {
    const home = pageMetadata({ path: '/', description: '首页' });
    expect(home.title).toEqual({ absolute: '共富浙里 · 浙江共同富裕实地报道' });
    expect(home.alternates?.canonical).toBe(`${SITE_URL}/`);
  });
});

describe('articleMetadata', () => {
  it('marks a report as an article with its theme card and section', () => {
    const meta = articleMetadata(article('pinghu-baotuan-fu'));
    expect(meta.openGraph).toMatchObject({ type: 'article', section: '平湖', images: [{ url: `${SITE_URL}/og/pinghu.png` }] });
    expect(socialImageAlt('pinghu')).toBe('共富浙里专题“平湖”：嘉兴市平湖市');
  });

  it('gives a publication time only for the report whose paper states the day', () => {
    expect(articleMetadata(article('xiaoshan-duikou-xiezuo')).openGraph).toMatchObject({ publishedTime: '2022-02-10T08:12:00+08:00' });
    for (const a of site.articles.filter((x) => x.date.value.length === 4)) {
      expect(articleMetadata(a).openGraph).not.toHaveProperty('publishedTime');
    }
  });
});
