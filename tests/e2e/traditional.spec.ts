import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { traditionalCharacters } from '../support/source-text';
import { expectNoAxeViolations, saveScreenshot, site, trackConsoleErrors, VIEWPORTS } from './support';

const OUT = path.join(__dirname, '../../out');

/** Every Simplified page of the build, as the path a reader would use. */
const simplifiedPages = fs
  .readdirSync(OUT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html') && !f.startsWith('zh-hant') && !/(^|\/)(404|_not-found)\.html$/.test(f))
  .map((f) => `/${f.replace(/\.html$/, '').replace(/(^|\/)index$/, '')}`)
  .sort();
const twin = (page: string) => (page === '/' ? '/zh-hant' : `/zh-hant${page}`);
const visibleText = (html: string) => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' ');

test('every page has a Traditional twin in zh-Hant that links back, and links to it', async ({ request }) => {
  expect(simplifiedPages.length).toBeGreaterThan(100);
  const problems: string[] = [];
  for (const page of simplifiedPages) {
    const hans = await (await request.get(page)).text();
    const response = await request.get(twin(page));
    if (response.status() !== 200) {
      problems.push(`${twin(page)} → ${response.status()}`);
      continue;
    }
    const hant = await response.text();
    if (!hant.includes('<html lang="zh-Hant"')) problems.push(`${twin(page)}: lang is not zh-Hant`);
    if (traditionalCharacters(visibleText(hant)).length === 0) problems.push(`${twin(page)}: no Traditional character`);
    if (!new RegExp(`href="${page}" hrefLang="zh-Hans"`).test(hant)) problems.push(`${twin(page)}: no switch back to ${page}`);
    if (!new RegExp(`href="${twin(page)}" hrefLang="zh-Hant"`).test(hans)) problems.push(`${page}: no switch to ${twin(page)}`);
    const strayLinks = [...hant.matchAll(/<a [^>]*href="(\/[^"]*)"(?![^>]*hrefLang)/g)].map((m) => m[1]!).filter((href) => !href.startsWith('/zh-hant'));
    if (strayLinks.length > 0) problems.push(`${twin(page)}: links out of the Traditional site: ${strayLinks.slice(0, 3).join(', ')}`);
  }
  expect(problems).toEqual([]);
});

test('a reader switches a report to Traditional and back, and keeps reading in Traditional', async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await page.setViewportSize(VIEWPORTS.phone);
  const article = site.articles.find((a) => a.slug === 'xiaoshan-duikou-xiezuo')!;
  await page.goto(`/articles/${article.slug}`);
  await page.getByRole('link', { name: '繁體' }).click();
  await expect(page).toHaveURL(`/zh-hant/articles/${article.slug}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('對口協作促發展 攜手同進謀共富');
  await expect(page.getByRole('navigation', { name: '主導航' })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'traditional-article-phone');

  await page.getByRole('link', { name: /上一篇/ }).click();
  await expect(page).toHaveURL(/\/zh-hant\/articles\//);
  await page.getByRole('link', { name: '简体' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).not.toHaveURL(/zh-hant/);
  expect(errors).toEqual([]);
});

test('the Traditional home passes axe at desktop width', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.goto('/zh-hant');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'traditional-home-desktop');
});

test('search works on the Traditional site: a Traditional query finds Traditional paragraphs that stay in zh-Hant', async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await page.setViewportSize(VIEWPORTS.phone);
  await page.goto('/zh-hant');
  await page.getByRole('search', { name: '全站搜索' }).getByRole('searchbox').fill('對口支援');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh-hant\/search\?q=/);
  const firstHit = page.locator('main a[href*="/articles/"]').first();
  await expect(firstHit).toBeVisible();
  await expect(firstHit).toHaveAttribute('href', /^\/zh-hant\/articles\//);
  await expect(page.locator('main mark').first()).toHaveText('對口支援');
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'traditional-search-phone');
  expect(errors).toEqual([]);
});
