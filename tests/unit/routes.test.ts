import { describe, expect, it } from 'vitest';
import { articleHref, otherScriptPath, sitePath } from '@/lib/i18n/routes';
import { absoluteUrl, languageAlternates } from '@/lib/seo/site-url';
import { SITE_URL, siteOrigin } from '@/lib/seo/site-url';

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

describe('site paths', () => {
  it('keep Simplified pages at the root and Traditional ones under /zh-hant', () => {
    expect(sitePath('/')).toBe('/');
    expect(sitePath('/', 'hant')).toBe('/zh-hant');
    expect(sitePath('/articles/x#p-1', 'hant')).toBe('/zh-hant/articles/x#p-1');
    expect(articleHref('x', 'p-1')).toBe('/articles/x#p-1');
  });

  it('lead from a page to the same page in the other script', () => {
    expect(otherScriptPath('/')).toBe('/zh-hant');
    expect(otherScriptPath('/regions/pinghu')).toBe('/zh-hant/regions/pinghu');
  });

  it('put site paths on the origin and refuse anything else', () => {
    expect(absoluteUrl('/')).toBe(`${SITE_URL}/`);
    expect(absoluteUrl('/regions/xiaoshan')).toBe(`${SITE_URL}/regions/xiaoshan`);
    expect(() => absoluteUrl('regions')).toThrow(/starting with/);
  });

  it('list zh-Hans, zh-Hant and x-default (the Simplified page) for hreflang', () => {
    expect(languageAlternates('/about')).toEqual({
      'zh-Hans': `${SITE_URL}/about`,
      'zh-Hant': `${SITE_URL}/zh-hant/about`,
      'x-default': `${SITE_URL}/about`,
    });
    expect(languageAlternates('/')['zh-Hant']).toBe(`${SITE_URL}/zh-hant`);
  });
});
