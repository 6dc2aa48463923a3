import { describe, expect, it } from 'vitest';
import { articleHref, otherScriptPath, sitePath } from '@/lib/routes';

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
});
