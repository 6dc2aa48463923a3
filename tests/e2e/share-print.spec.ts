import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { formatDate } from '../../lib/content/dates';
import { site, trackConsoleErrors, VIEWPORTS } from './support';

const article = site.articles[1]!;
const paragraph = article.blocks.filter((b) => b.type === 'paragraph')[3]!;

/** Records navigator.share calls; the share sheet "opens" and resolves at once. */
function stubShare(page: Page) {
  return page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data), configurable: true });
  });
}
const sharedData = (page: Page) => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);

test.describe('on a desktop without a share sheet', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a paragraph’s link shows on hover, copies /articles/<slug>#<id> and says so', async ({ page, baseURL }) => {
    const errors = trackConsoleErrors(page);
    await page.goto(`/articles/${article.slug}`);
    const target = page.locator(`#${paragraph.id}`);
    const link = target.getByRole('link', { name: '本段链接' });
    await expect(link).toHaveCSS('opacity', '0');
    await target.hover();
    await expect(link).toHaveCSS('opacity', '1');
    await link.click();
    await expect(page.getByRole('status')).toHaveText('已复制本段链接');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/articles/${article.slug}#${paragraph.id}`);
    await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}$`));
    expect(errors).toEqual([]);
  });

  test('the paragraph links are reachable by keyboard and show when focused', async ({ page, baseURL }) => {
    await page.goto(`/articles/${article.slug}`);
    const first = article.blocks.find((b) => b.type === 'paragraph')!;
    const link = page.locator(`#${first.id}`).getByRole('link', { name: '本段链接' });
    for (let presses = 0; presses < 80 && !(await link.evaluate((el) => el === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await expect(link).toHaveCSS('opacity', '1');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('已复制本段链接');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/articles/${article.slug}#${first.id}`);
  });

  test('分享 copies the report’s address when there is no share sheet', async ({ page, baseURL }) => {
    await page.goto(`/articles/${article.slug}`);
    await page.getByRole('button', { name: '分享' }).click();
    await expect(page.getByRole('status')).toHaveText('已复制本文链接');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/articles/${article.slug}`);
  });
});

test('without clipboard access the address is shown to copy by hand', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
  });
  await page.goto(`/articles/${article.slug}`);
  await page.locator(`#${paragraph.id}`).hover();
  await page.locator(`#${paragraph.id}`).getByRole('link', { name: '本段链接' }).click();
  await expect(page.getByRole('status')).toHaveText(`无法自动复制，请手动复制：${baseURL}/articles/${article.slug}#${paragraph.id}`);
});

test.describe('on a phone with a share sheet', () => {
  test.use({ viewport: VIEWPORTS.phone, hasTouch: true, isMobile: true });

  test('tapping a paragraph shows its link, and tapping the link opens the share sheet', async ({ page, baseURL }) => {
    await stubShare(page);
    await page.goto(`/articles/${article.slug}`);
    const target = page.locator(`#${paragraph.id}`);
    await target.scrollIntoViewIfNeeded();
    const box = (await target.boundingBox())!;
    await page.touchscreen.tap(box.x + 20, box.y + 10);
    const link = target.getByRole('link', { name: '本段链接' });
    await expect(link).toHaveCSS('opacity', '1');
    await link.tap();
    await expect.poll(() => sharedData(page)).toEqual([{ title: article.title, url: `${baseURL}/articles/${article.slug}#${paragraph.id}` }]);
    await page.screenshot({ path: 'test-results/screenshots/share-paragraph-link-phone.png' });
  });

  test('分享 opens the share sheet with the report’s title and address', async ({ page, baseURL }) => {
    await stubShare(page);
    await page.goto(`/articles/${article.slug}`);
    await page.getByRole('button', { name: '分享' }).tap();
    await expect.poll(() => sharedData(page)).toEqual([{ title: article.title, url: `${baseURL}/articles/${article.slug}` }]);
  });
});

/** What the screen shows around a report and print must not: navigation, tools, related links. */
const SCREEN_ONLY = ['跳到正文', '阅读设置', '大事记', '目录', '上一篇', '下一篇', '分享', '打印', '朗读', '本文涉及的地点', '来源与编辑原则'];

test('printing gives A4 pages with the title, source, date and address, and no navigation or tools', async ({ page, baseURL }, testInfo) => {
  test.slow();
  const printed = site.articles.find((a) => !SCREEN_ONLY.some((label) => a.body.includes(label)))!;
  const first = printed.blocks.find((b) => b.type === 'paragraph')!;
  // Printed from dark mode at 200% text: print still uses the light palette at its own size.
  await page.goto(`/articles/${printed.slug}`);
  await page.evaluate(() => localStorage.setItem('gfzl-reader', JSON.stringify({ scheme: 'dark', textSize: '200' })));
  await page.reload();
  // The address is completed (origin added) once the page's script runs, as it has when a reader prints.
  await expect(page.locator('.print-only')).toHaveText(`本文网址：${baseURL}/articles/${printed.slug}`);
  const pdf = testInfo.outputPath('report.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true });

  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
  const flat = text.replace(/\s+/g, '');
  expect(flat).toContain(printed.title.replace(/\s+/g, ''));
  expect(text).toContain(`本文网址：${baseURL}/articles/${printed.slug}`);
  expect(flat).toContain(`来源${printed.source.publication ?? '原文未注明'}`);
  expect(flat).toContain(formatDate(printed.date).replace(/\s+/g, ''));
  expect(flat).toContain(first.text.replace(/\s+/g, '').slice(0, 30));
  for (const label of SCREEN_ONLY) {
    expect(flat, label).not.toContain(label);
  }

  // Pages as images, to look at.
  const prefix = path.join('test-results/screenshots', `print-${printed.slug}`);
  fs.mkdirSync(path.dirname(prefix), { recursive: true });
  execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', '2', pdf, prefix]);
  expect(fs.existsSync(`${prefix}-1.png`)).toBe(true);
});
