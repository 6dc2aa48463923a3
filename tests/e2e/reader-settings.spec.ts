import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { READER_STORAGE_KEY } from '../../lib/reader/reader-settings';
import { expectEnhancedContrast, openWithSettings, PAGE_TYPES, smallTargets } from './reader-support';
import { saveScreenshot, site, trackConsoleErrors, VIEWPORTS } from './support';

const article = site.articles[0]!;
const rootFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const LIGHT_PAPER = 'rgb(251, 250, 247)';
const DARK_PAPER = 'rgb(26, 25, 23)';

async function openSettings(page: Page) {
  const toggle = page.getByRole('button', { name: '阅读设置' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return page.getByRole('region', { name: '阅读设置' });
}

test('text size grows in five steps to 200%, persists across pages and reloads, and resets', async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await page.setViewportSize(VIEWPORTS.phone);
  await page.goto('/');
  expect(await rootFontSize(page)).toBe(16);
  const panel = await openSettings(page);
  const sizes = panel.getByRole('group', { name: '字号' }).getByRole('radio');
  await expect(sizes).toHaveCount(5);
  await expect(panel.getByRole('radio', { name: '100%' })).toBeChecked();

  await panel.getByText('150%').click();
  await expect(panel.getByRole('radio', { name: '150%' })).toBeChecked();
  expect(await rootFontSize(page)).toBe(24);

  // Another page, reached by a link: the body text is half as large again, from the first paint.
  await page.getByRole('link', { name: article.title, exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '150');
  expect(await rootFontSize(page)).toBe(24);
  expect(
    await page
      .locator('.reading p')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize)),
  ).toBeCloseTo(17 * 1.5, 0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  const again = await openSettings(page);
  await again.getByText('200%').click();
  expect(await rootFontSize(page)).toBe(32);
  await page.reload();
  expect(await rootFontSize(page)).toBe(32);
  await saveScreenshot(page, 'reader-article-text-200-phone');

  await (await openSettings(page)).getByRole('button', { name: '恢复默认' }).click();
  expect(await rootFontSize(page)).toBe(16);
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-text-size');
  expect(errors).toEqual([]);
});

test('at 200% text every page type keeps its layout at 320 px and at desktop width', async ({ page }) => {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const [name, url] of PAGE_TYPES) {
      await openWithSettings(page, url, { textSize: '200' });
      expect(await rootFontSize(page)).toBe(32);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0);
    }
  }
  // At 200% a report's side column gives way, so the body keeps a readable line (≥ 17 Hanzi at 1280 px).
  await openWithSettings(page, `/articles/${article.slug}`, { textSize: '200' });
  const perLine = await page
    .locator('.reading > p')
    .first()
    .evaluate((p) => Math.floor(p.clientWidth / parseFloat(getComputedStyle(p).fontSize)));
  expect(perLine).toBeGreaterThanOrEqual(17);
});

test('the settings work by keyboard alone: open, choose with arrow keys, Esc closes and returns focus', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const toggle = page.getByRole('button', { name: '阅读设置' });
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('region', { name: '阅读设置' });
  await expect(panel).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(panel.getByRole('radio', { name: '100%' })).toBeFocused();
  const focusRing = await panel
    .locator('label.choice')
    .first()
    .evaluate((label) => getComputedStyle(label).outlineStyle);
  expect(focusRing).toBe('solid');
  await page.keyboard.press('ArrowRight');
  await expect(panel.getByRole('radio', { name: '125%' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '125');

  await page.keyboard.press('Tab');
  await expect(panel.getByRole('radio', { name: '跟随系统' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('html')).toHaveAttribute('data-scheme', 'light');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(panel.getByRole('checkbox', { name: '高对比度' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'more');

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), READER_STORAGE_KEY)) ?? '{}')).toEqual({
    textSize: '125',
    scheme: 'light',
    contrast: 'more',
  });
});

test('一键适老模式 turns on large text, high contrast and the large pointer, and every target grows past 60 px', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.phone);
  await page.goto(`/articles/${article.slug}`);
  expect(await smallTargets(page, 44)).toEqual([]);
  await (await openSettings(page)).getByRole('button', { name: '一键适老模式' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '150');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'more');
  await expect(page.locator('html')).toHaveAttribute('data-cursor', 'large');
  expect(await smallTargets(page, 60)).toEqual([]);
  await saveScreenshot(page, 'reader-elder-mode-phone');
});

test('every target on every page type is at least 44 px, and at least 60 px with large text', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.phone);
  for (const [name, url] of PAGE_TYPES) {
    await openWithSettings(page, url, {});
    expect(await smallTargets(page, 44), name).toEqual([]);
    await openWithSettings(page, url, { textSize: '150' });
    expect(await smallTargets(page, 60), `${name} at 150%`).toEqual([]);
  }
  // The skip link is a target too, once it shows.
  const skipLink = page.getByRole('link', { name: '跳到正文' });
  await skipLink.focus();
  await expect(skipLink).toBeFocused();
  const skip = await skipLink.boundingBox();
  expect(Math.min(skip?.width ?? 0, skip?.height ?? 0)).toBeGreaterThanOrEqual(44);
});

test('high contrast passes the enhanced (7:1) contrast rule, light and dark, and persists', async ({ page }) => {
  await page.goto(`/articles/${article.slug}`);
  await (await openSettings(page)).getByText('高对比度').click();
  await page.getByRole('button', { name: '阅读设置' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'more');
  expect(await background(page)).toBe('rgb(255, 255, 255)');
  await expectEnhancedContrast(page);
  await page.goto('/themes/pinghu');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'more');
  await expectEnhancedContrast(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page)).toBe('rgb(0, 0, 0)');
  await expectEnhancedContrast(page);
});

test('the large pointer is a 48 px SVG arrow, and a hand over links and buttons', async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await page.goto('/');
  await (await openSettings(page)).getByText('大鼠标指针').click();
  const cursor = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).cursor);
  expect(await cursor('body')).toMatch(/^url\("data:image\/svg\+xml,.*width='48'.*"\) 5 3, auto$/);
  expect(await cursor('main a')).toMatch(/^url\("data:image\/svg\+xml,.*"\) 19 3, pointer$/);
  await page.goto('/about');
  expect(await cursor('body')).toMatch(/^url\("data:image/);
  // The cursor images are data: URLs, which the CSP allows (img-src data:): nothing is refused.
  expect(errors).toEqual([]);
});

test('dark mode follows the system by default and the toggle overrides it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(await background(page)).toBe(DARK_PAPER);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe(LIGHT_PAPER);

  const panel = await openSettings(page);
  await panel.getByText('深色').click();
  expect(await background(page)).toBe(DARK_PAPER);
  await panel.getByText('浅色').click();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page)).toBe(LIGHT_PAPER);
  await panel.getByText('跟随系统').click();
  expect(await background(page)).toBe(DARK_PAPER);
});

test('a stored dark choice is painted from the first frame: the head script alone applies it', async ({ page }) => {
  await page.goto(`/articles/${article.slug}`);
  await (await openSettings(page)).getByText('深色').click();

  // The script sits in <head>, before <body> and any content, and is parser-blocking (inline).
  const html = fs.readFileSync(path.join(__dirname, '../../out/about.html'), 'utf8');
  const script = html.indexOf(`<script>try{var s=JSON.parse(localStorage.getItem("${READER_STORAGE_KEY}")`);
  expect(script).toBeGreaterThan(0);
  expect(script).toBeLessThan(html.indexOf('</head>'));

  // With every script file refused, React never runs: whatever colours the page has come from the
  // inline head script, which runs before the body is parsed, so before anything can be painted.
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.goto('/about');
  await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
  expect(await background(page)).toBe(DARK_PAPER);
});

test('a change in one tab reaches the reader’s other open tabs', async ({ page, context }) => {
  await page.goto('/');
  const other = await context.newPage();
  await other.goto(`/articles/${article.slug}`);
  await (await openSettings(page)).getByText('175%').click();
  await expect(other.locator('html')).toHaveAttribute('data-text-size', '175');
  await (await openSettings(other)).getByText('深色').click();
  await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
  await expect(page.getByRole('radio', { name: '深色' })).toBeChecked();
});

test('the head script is pinned by the page CSP: no violation, and the settings still apply', async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await openWithSettings(page, '/timeline', { scheme: 'dark', textSize: '125' });
  await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '125');
  expect(errors).toEqual([]);
});

test('readers who ask for reduced motion get no animation or transition', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const paragraph = article.blocks.find((b) => b.type === 'paragraph')!;
  await page.goto(`/articles/${article.slug}#${paragraph.id}`);
  const target = page.locator(`#${paragraph.id}`);
  expect(await target.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  expect(await target.locator('.para-link').evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await target.evaluate((el) => getComputedStyle(el).animationName)).toBe('arrive');
});

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`the open settings panel at ${name} width is screenshotted in light and dark`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await openSettings(page);
    await page.screenshot({ path: `test-results/screenshots/reader-panel-${name}.png` });
    await (await openSettings(page)).getByText('深色').click();
    await page.screenshot({ path: `test-results/screenshots/reader-panel-${name}-dark.png`, animations: 'disabled' });
  });
}
