import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '@/lib/content/load-site';
import { logoHref, socialImageHref } from '@/lib/i18n/routes';
import { sitePaths } from '@/lib/seo/site-pages';
import { THEME_IDS } from '@/lib/content/themes';

const site = loadSite(path.join(__dirname, '../../content'));

describe('sitePaths', () => {
  const paths = sitePaths(site);

  it('lists every page once, all ASCII, home first', () => {
    expect(paths[0]).toBe('/');
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.filter((p) => !/^\/[\x21-\x7e]*$/.test(p))).toEqual([]);
    expect(paths).toHaveLength(1 + site.articles.length + THEME_IDS.length + 1 + site.places.length + 1 + site.initiatives.length + 3);
  });

  it('includes every report, theme, place and initiative page', () => {
    for (const a of site.articles) expect(paths).toContain(`/articles/${a.slug}`);
    for (const id of THEME_IDS) expect(paths).toContain(`/themes/${id}`);
    for (const p of site.places) expect(paths).toContain(`/regions/${p.id}`);
    for (const i of site.initiatives) expect(paths).toContain(`/initiatives/${i.id}`);
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('social images (scripts/make-social-images.mjs)', () => {
  const publicFile = (href: string) => path.join(__dirname, '../../public', href);

  it.each([undefined, ...THEME_IDS])('the %s card is a committed 1200×630 PNG', (theme) => {
    expect(pngSize(publicFile(socialImageHref(theme)))).toEqual({ width: 1200, height: 630 });
  });

  it('the publisher logo is a 512×512 PNG', () => {
    expect(pngSize(publicFile(logoHref))).toEqual({ width: 512, height: 512 });
  });
});
