import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const OUT = path.join(__dirname, '../../out');

/** Every page the build wrote, as the URL a reader would use. */
function builtPages(): string[] {
  return fs
    .readdirSync(OUT, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !/(^|\/)(404|_not-found)\.html$/.test(f))
    .map((f) => `/${f.replace(/\.html$/, '').replace(/(^|\/)index$/, '')}`)
    .sort();
}

test('a crawl from home finds no broken link or #anchor, and every page within three clicks', async ({ request }) => {
  const depth = new Map<string, number>([['/', 0]]);
  const ids = new Map<string, Set<string>>();
  const anchors: { from: string; page: string; id: string }[] = [];
  const broken: string[] = [];
  for (let queue = ['/']; queue.length > 0;) {
    const url = queue.shift()!;
    const response = await request.get(url);
    if (response.status() !== 200) {
      broken.push(`${url} → ${response.status()}`);
      continue;
    }
    const html = await response.text();
    ids.set(url, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    for (const [, href] of html.matchAll(/<a [^>]*href="([^"]+)"/g)) {
      if (!href || /^(https?:|mailto:)/.test(href)) continue;
      const [pathPart, hash] = href.split('#') as [string, string | undefined];
      const target = pathPart === '' ? url : pathPart;
      if (hash) anchors.push({ from: url, page: target, id: decodeURIComponent(hash) });
      if (!depth.has(target)) {
        depth.set(target, depth.get(url)! + 1);
        queue.push(target);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(anchors.filter((a) => !ids.get(a.page)?.has(a.id)).map((a) => `${a.from} → ${a.page}#${a.id}`)).toEqual([]);
  const pages = builtPages();
  expect(pages.filter((p) => !depth.has(p))).toEqual([]);
  expect(pages.filter((p) => depth.get(p)! > 3).map((p) => `${p} (${depth.get(p)} clicks)`)).toEqual([]);
});
