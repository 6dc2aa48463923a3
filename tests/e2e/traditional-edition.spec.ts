import { expect, test } from '@playwright/test';
import { traditionalCharacters } from '../support/source-text';
import { expectNoAxeViolations, saveScreenshot, trackConsoleErrors, VIEWPORTS } from './support';

// A report page is long: axe on it takes a while on a loaded machine.
test.describe.configure({ timeout: 90_000 });

// The names the converter used to alter (issue 10), each as the Traditional report must print it.
const NAMES = [
  { slug: 'pinghu-baotuan-fu', right: '副總經理岳立', wrong: '嶽立' },
  { slug: 'yueqing-xianyu-biaogan', right: '留守老人干大爺', wrong: '幹大爺' },
  { slug: 'xiaoshan-duikou-xiezuo', right: '立足旺蒼發展', wrong: '蒼髮' },
] as const;

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  for (const { slug, right, wrong } of NAMES) {
    test(`a reader of the Traditional report ${slug} finds ${right} (${width})`, async ({ page }) => {
      const errors = trackConsoleErrors(page);
      await page.setViewportSize(viewport);
      await page.goto(`/zh-hant/articles/${slug}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
      const body = page.locator('main');
      await expect(body.getByText(right).first()).toBeVisible();
      expect(await body.innerText()).not.toContain(wrong);
      await expect(page.getByRole('banner')).toContainText('共富浙里');
      await expectNoAxeViolations(page);
      await saveScreenshot(page, `traditional-names-${slug}-${width}`);
      expect(errors).toEqual([]);
    });
  }
}

test('the script switch reads 简体 on a Traditional page and 繁體 on a Simplified one', async ({ page }) => {
  await page.goto('/zh-hant/regions');
  const toSimplified = page.getByRole('link', { name: '简体', exact: true });
  await expect(toSimplified).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('link', { name: '簡體', exact: true })).toHaveCount(0);
  await toSimplified.click();
  await expect(page).toHaveURL(/\/regions$/);
  const toTraditional = page.getByRole('link', { name: '繁體', exact: true });
  await expect(toTraditional).toHaveAttribute('lang', 'zh-Hant');
  await expect(toTraditional).toHaveAttribute('href', '/zh-hant/regions');
});

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  test(`an unknown Traditional address gets the Traditional 404 page (${width})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const response = await page.goto('/zh-hant/articles/no-such-report');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('沒有找到這個頁面');
    expect(traditionalCharacters(await page.locator('main').innerText()).length).toBeGreaterThan(3);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, `traditional-404-${width}`);
    await page.getByRole('link', { name: '回到首頁' }).click();
    await expect(page).toHaveURL(/\/zh-hant$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  });
}

test('unknown addresses elsewhere keep the Simplified 404 page', async ({ request }) => {
  for (const address of ['/no-such-page', '/zh-hantx', '/articles/zh-hant']) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(404);
    expect(await response.text(), address).toContain('<html lang="zh-CN"');
  }
});

test('Traditional pages share their own social cards', async ({ page, request }) => {
  for (const [address, card] of [
    ['/zh-hant', '/og/zh-hant/site.png'],
    ['/zh-hant/themes/duikou', '/og/zh-hant/duikou.png'],
    ['/zh-hant/articles/xiaoshan-duikou-xiezuo', '/og/zh-hant/duikou.png'],
    ['/articles/xiaoshan-duikou-xiezuo', '/og/duikou.png'],
  ] as const) {
    await page.goto(address);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`${card.replace(/[./]/g, '\\$&')}$`));
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', new RegExp(`${card.replace(/[./]/g, '\\$&')}$`));
    const image = await request.get(card);
    expect(image.status(), card).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
  }
});
