import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '@/lib/content/load-site';
import { ancestry } from '@/lib/taxonomy/places';
import { articleTrail, breadcrumbLd, initiativeTrail, jsonLdText, newsArticleLd, placeTrail, themeTrail } from '@/lib/seo/structured-data';
import { SITE_URL } from '@/lib/seo/site-url';

const site = loadSite(path.join(__dirname, '../../content'));
const article = (slug: string) => {
  const found = site.articles.find((a) => a.slug === slug);
  if (!found) throw new Error(`${slug} missing`);
  return found;
};

describe('NewsArticle', () => {
  it('dates each report only as precisely as its text: a year, or the stated day and time', () => {
    const dates = Object.fromEntries(site.articles.map((a) => [a.slug, newsArticleLd(a, site.places).datePublished]));
    expect(dates).toEqual({
      'xiaoshan-gongfu-shu': '2023',
      'pinghu-baotuan-fu': '2022',
      'longwan-weilai-chengqu': '2023',
      'yueqing-xianyu-biaogan': '2023',
      'hangzhou-gongtong-fuyu': '2022',
      'xiaoshan-duikou-xiezuo': '2022-02-10T08:12:00+08:00',
    });
    for (const a of site.articles) expect(newsArticleLd(a, site.places)).not.toHaveProperty('dateModified');
  });

  it('names the writers as authors, the others as contributors, 共富浙里 as publisher, and the paper’s text as its basis', () => {
    const ld = newsArticleLd(article('xiaoshan-duikou-xiezuo'), site.places);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '对口协作促发展 携手同进谋共富',
      inLanguage: 'zh-CN',
      url: `${SITE_URL}/articles/xiaoshan-duikou-xiezuo`,
      author: [
        { '@type': 'Person', name: '王慧青' },
        { '@type': 'Person', name: '茅坚' },
        { '@type': 'Person', name: '陈秀平' },
      ],
      contributor: [{ '@type': 'Person', name: '林青颖' }],
      publisher: { '@type': 'Organization', name: '共富浙里', logo: { url: `${SITE_URL}/og/logo.png` } },
      image: [{ url: `${SITE_URL}/og/duikou.png`, width: 1200, height: 630 }],
      isBasedOn: { '@type': 'CreativeWork', name: '对口协作促发展 携手同进谋共富', publisher: { name: '萧山日报' }, identifier: '002_8f8a3761f3484930.txt' },
    });
  });

  it('leaves author out rather than inventing one when the paper names nobody', () => {
    const ld = newsArticleLd(article('hangzhou-gongtong-fuyu'), site.places);
    expect(ld).not.toHaveProperty('author');
    expect(ld.isBasedOn).not.toHaveProperty('publisher');
  });
});

describe('BreadcrumbList', () => {
  it('runs 首页 › theme › report for a report, with absolute items in order', () => {
    const ld = breadcrumbLd(articleTrail(article('longwan-weilai-chengqu')));
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: '首页', item: `${SITE_URL}/` },
      { '@type': 'ListItem', position: 2, name: '温州·龙湾与乐清', item: `${SITE_URL}/themes/wenzhou` },
      { '@type': 'ListItem', position: 3, name: '龙湾：擦亮未来城区幸福底色', item: `${SITE_URL}/articles/longwan-weilai-chengqu` },
    ]);
  });

  it('follows the place hierarchy for a region and names themes and initiatives', () => {
    expect(placeTrail(ancestry(site.places, 'xiaoshan')).map((c) => c.name)).toEqual(['首页', '地区', ...ancestry(site.places, 'xiaoshan').map((p) => p.name)]);
    expect(placeTrail(ancestry(site.places, 'xiaoshan')).at(-1)?.path).toBe('/regions/xiaoshan');
    expect(themeTrail('duikou').map((c) => c.name)).toEqual(['首页', '对口协作']);
    expect(initiativeTrail({ id: 'shanhai-xiezuo', name: '山海协作' }).map((c) => c.path)).toEqual(['/', '/initiatives', '/initiatives/shanhai-xiezuo']);
  });
});

describe('jsonLdText', () => {
  it('escapes “<” so no text can close the script, and still parses to the same data', () => {
    const data = { headline: '</script><script>alert(1)</script> “共富” & more' };
    const text = jsonLdText(data);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});
