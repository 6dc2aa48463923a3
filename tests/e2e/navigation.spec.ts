import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, saveScreenshot, site, trackConsoleErrors, VIEWPORTS } from './support';

test('keyboard only: skip link, home → report → home', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();

  const first = site.articles[0]!;
  const target = page.getByRole('link', { name: first.title, exact: true });
  for (let presses = 0; presses < 40 && !(await target.evaluate((el) => el === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/articles/${first.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
  // The reader's bar comes first (script switch, reading settings), then the site's name.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '繁體' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '阅读设置' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /共富浙里/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('#reports')).toBeVisible();
});

test('a table-of-contents link jumps to its section', async ({ page }) => {
  const article = site.articles.find((a) => a.blocks.some((b) => b.type === 'heading'))!;
  const heading = article.blocks.find((b) => b.type === 'heading')!;
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`/articles/${article.slug}`);
  await page
    .getByRole('navigation', { name: '目录' })
    .getByRole('link', { name: heading.type === 'heading' ? heading.text : '' })
    .click();
  await expect(page).toHaveURL(new RegExp(`#${heading.id}$`));
  await expect(page.locator(`#${heading.id}`)).toBeInViewport();
});

test('reading needs no JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const article = site.articles.at(-1)!;
  await page.goto(`/articles/${article.slug}`);
  const last = article.blocks.filter((b) => b.type === 'paragraph').at(-1)!;
  await expect(page.locator(`#${last.id}`)).toBeVisible();
  await context.close();
});

test('an unknown address gets the Chinese 404 page with a way home', async ({ page }) => {
  const response = await page.goto('/articles/no-such-report');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个页面');
  await page.getByRole('link', { name: '回到首页' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('pages are served with the production security headers, and only their own inline scripts run', async ({ page }) => {
  const errors = trackConsoleErrors(page);
  const response = await page.goto(`/articles/${site.articles[0]!.slug}`);
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("object-src 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['strict-transport-security']).toContain('max-age=');

  const pinned = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(pinned).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
  expect(errors).toEqual([]);
  // A script that is not the page's own is refused.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.injected = "yes"';
    document.head.append(script);
  });
  await expect(page.locator('html')).not.toHaveAttribute('data-injected', 'yes');
});

test('the about page names every source and passes axe', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: '来源与编辑原则' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于本站');
  for (const article of site.articles) await expect(page.getByRole('main')).toContainText(article.source.seed);
  await expectNoAxeViolations(page);
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    await saveScreenshot(page, `about-${name}`);
  }
});

test('body text sets 17–40 Hanzi a line at line height about 1.8, from a 320 px phone to a wide desktop', async ({ page }) => {
  for (const width of [320, 375, 768, 1280, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/articles/${site.articles[0]!.slug}`);
    const { perLine, lineHeight } = await page
      .locator('.reading > p')
      .first()
      .evaluate((p) => {
        const style = getComputedStyle(p);
        const size = parseFloat(style.fontSize);
        return { perLine: Math.floor(p.clientWidth / size), lineHeight: parseFloat(style.lineHeight) / size };
      });
    expect(perLine, `at ${width}px`).toBeGreaterThanOrEqual(17);
    expect(perLine, `at ${width}px`).toBeLessThanOrEqual(40);
    expect(lineHeight).toBeGreaterThanOrEqual(1.7);
    expect(lineHeight).toBeLessThanOrEqual(1.9);
  }
});
