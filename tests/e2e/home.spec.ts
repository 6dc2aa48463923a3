import { expect, test } from '@playwright/test';
import { THEMES } from '../../lib/content/themes';
import { expectNoAxeViolations, saveScreenshot, site, trackConsoleErrors, VIEWPORTS } from './support';

test('home lists every report, grouped by theme, with title, summary and date', async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const reports = page.locator('#reports');
  await expect(reports.getByRole('listitem')).toHaveCount(site.articles.length);
  for (const theme of THEMES) {
    const articles = site.articles.filter((a) => a.theme === theme.id);
    const group = reports.getByRole('region', { name: theme.name });
    await expect(group).toBeVisible();
    for (const article of articles) {
      const card = group.getByRole('listitem').filter({ has: page.getByRole('link', { name: article.title, exact: true }) });
      await expect(card).toContainText(article.summary);
      await expect(card.locator('time')).toHaveAttribute('datetime', new RegExp(`^${article.date.value}`));
    }
  }
  expect(errors).toEqual([]);
});

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`home at ${name} width passes axe and is screenshotted`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await expectNoAxeViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, `home-${name}`);
  });
}
