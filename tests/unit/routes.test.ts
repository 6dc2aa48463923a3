import { describe, expect, it } from 'vitest';
import { absoluteUrl, hantHref, languageAlternates } from '@/lib/routes';
import { SITE_URL, siteOrigin } from '@/lib/site';

describe('SITE_URL', () => {
  it('defaults to what the quick start serves', () => {
    expect(SITE_URL).toBe(process.env.SITE_URL ? siteOrigin(process.env.SITE_URL) : 'http://localhost:3000');
  });

  it('accepts an origin, with or without the trailing slash', () => {
    expect(siteOrigin('https://gongfu.example.org/')).toBe('https://gongfu.example.org');
    expect(siteOrigin('https://gongfu.example.org')).toBe('https://gongfu.example.org');
  });

  it.each(['gongfu.example.org', 'ftp://example.org', 'https://example.org/site', 'https://example.org/?a=1'])('rejects %s with a clear message', (value) => {
    expect(() => siteOrigin(value)).toThrow(/SITE_URL must be/);
  });
});

describe('absolute URLs and script alternates', () => {
  it('puts site paths on the origin and refuses anything else', () => {
    expect(absoluteUrl('/')).toBe(`${SITE_URL}/`);
    expect(absoluteUrl('/regions/xiaoshan')).toBe(`${SITE_URL}/regions/xiaoshan`);
    expect(() => absoluteUrl('regions')).toThrow(/starting with/);
  });

  it('finds the Traditional twin of every path, the home page included', () => {
    expect(hantHref('/')).toBe('/zh-hant');
    expect(hantHref('/articles/x')).toBe('/zh-hant/articles/x');
  });

  it('lists zh-Hans, zh-Hant and x-default (the Simplified page) for hreflang', () => {
    expect(languageAlternates('/about')).toEqual({
      'zh-Hans': `${SITE_URL}/about`,
      'zh-Hant': `${SITE_URL}/zh-hant/about`,
      'x-default': `${SITE_URL}/about`,
    });
  });
});
