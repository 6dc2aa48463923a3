import { expect, test } from '@playwright/test';
import { THEMES } from '../../lib/content/themes';
import { expectNoAxeViolations, saveScreenshot, site, VIEWPORTS } from './support';

test('home → theme → place → report → initiative → a mention lands on its highlighted paragraph', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: '专题' }).getByRole('link', { name: '平湖' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('平湖');

  await page.getByRole('region', { name: '地点' }).getByRole('link', { name: '平湖市' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('平湖市');
  await expect(page.getByRole('navigation', { name: '地区层级' })).toContainText('嘉兴市');

  const report = site.articles.find((a) => a.theme === 'pinghu')!;
  await page.getByRole('region', { name: '相关报道' }).getByRole('link', { name: report.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(report.title);

  const mention = page.locator('.reading a.mention-initiative').first();
  const name = (await mention.textContent()) ?? '';
  await mention.click();
  await expect(page).toHaveURL(/\/initiatives\//);

  const excerpt = page.getByRole('region', { name: '报道原文中的提及' }).getByRole('link').first();
  await expect(excerpt.locator('mark').first()).toHaveText(name);
  const href = (await excerpt.getAttribute('href')) ?? '';
  await excerpt.click();
  const id = href.split('#')[1]!;
  const paragraph = page.locator(`[id="${id}"]`);
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toContainText(name);
  const background = await paragraph.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('the initiative index filters by category and by place', async ({ page }) => {
  await page.goto('/initiatives');
  const items = page.locator('#initiative-list li[data-category]');
  const total = await items.count();
  expect(total).toBe(site.initiatives.length);

  const filter = page.getByRole('search', { name: '筛选举措' });
  await filter.getByLabel('类别').selectOption({ label: '飞地经济' });
  const enclave = site.initiatives.filter((i) => i.category === 'enclave').length;
  await expect(page.locator('#initiative-list li[data-category]:visible')).toHaveCount(enclave);
  await expect(filter.getByRole('status')).toHaveText(`显示 ${enclave} 项`);
  await expect(page).toHaveURL(/category=enclave/);

  await filter.getByLabel('地点').selectOption('pinghu');
  const visible = page.locator('#initiative-list li[data-category]:visible');
  for (const text of await visible.allTextContents()) {
    const initiative = site.initiatives.find((i) => text.startsWith(i.name))!;
    expect(initiative.category).toBe('enclave');
    expect(initiative.places.some((p) => p === 'pinghu' || site.places.find((x) => x.id === p)?.parent === 'pinghu')).toBe(true);
  }
  await filter.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.locator('#initiative-list li[data-category]:visible')).toHaveCount(total);
});

test('without JavaScript the initiative index is a plain, complete list', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/initiatives');
  await expect(page.locator('#initiative-list li[data-category]:visible')).toHaveCount(site.initiatives.length);
  await context.close();
});

const pageTypes = [
  ['regions-index', '/regions'],
  ['region', '/regions/xiaoshan'],
  ['initiatives-index', '/initiatives'],
  ['initiative', `/initiatives/${site.initiatives[0]?.id}`],
  ['cooperation', '/cooperation'],
  ['timeline', '/timeline'],
  ...THEMES.map((t) => [`theme-${t.id}`, `/themes/${t.id}`]),
] as const;

for (const [name, url] of pageTypes) {
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    test(`${name} passes axe at ${width} width and is screenshotted`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `${name}-${width}`);
    });
  }
}
