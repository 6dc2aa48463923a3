import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import path from 'node:path';
import { READER_STORAGE_KEY, type ReaderSettings } from '../../lib/reader/reader-settings';
import { site } from './support';

/** One page of each type, as the brief lists them. */
export const PAGE_TYPES = [
  ['home', '/'],
  ['article', `/articles/${site.articles[0]!.slug}`],
  ['theme', '/themes/xiaoshan'],
  ['region', '/regions/pinghu'],
  ['initiatives-index', '/initiatives'],
  ['initiative', `/initiatives/${site.initiatives[0]!.id}`],
  ['cooperation', '/cooperation'],
  ['timeline', '/timeline'],
  ['about', '/about'],
  ['not-found', '/no-such-page'],
] as const;

/** The reading modes every page is checked in. */
export const MODES: [string, Partial<ReaderSettings>][] = [
  ['default', {}],
  ['dark', { scheme: 'dark' }],
  ['contrast', { contrast: 'more' }],
  ['contrast-dark', { contrast: 'more', scheme: 'dark' }],
  ['text-200', { textSize: '200' }],
];

/** Stores settings the way the toolbar does, then loads `url` so the head script applies them. */
export async function openWithSettings(page: Page, url: string, settings: Partial<ReaderSettings>) {
  if (page.url() === 'about:blank') await page.goto(url);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [READER_STORAGE_KEY, JSON.stringify(settings)] as const);
  await page.goto(url);
}

/** axe's AAA contrast rule: every text ≥ 7:1 (≥ 4.5:1 when large). */
export async function expectEnhancedContrast(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
  expect(violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`))).toEqual([]);
}

export async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The top of a page (at most 3000 px), for looking at a mode without megapixel files. */
export async function saveTopScreenshot(page: Page, name: string) {
  const height = await page.evaluate(() => Math.min(document.documentElement.scrollHeight, 3000));
  const width = page.viewportSize()?.width ?? 1280;
  await page.screenshot({ path: path.join('test-results/screenshots', `${name}.png`), fullPage: true, clip: { x: 0, y: 0, width, height } });
}

/**
 * Targets smaller than `min` px: every visible link, button, summary and settings pill, except links
 * inside running text (a paragraph or a definition), which WCAG exempts as inline. A card whose
 * link covers it (an absolutely placed ::after) counts as the card's size.
 */
export async function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('a, button, summary, select, label.choice')) {
      if (el.closest('p, dd, .sr-only') || !el.checkVisibility({ visibilityProperty: true })) continue;
      const cover = getComputedStyle(el, '::after').position === 'absolute' ? el.closest('li, article, div') : null;
      const box = (cover ?? el).getBoundingClientRect();
      if (box.width < min - 0.5 || box.height < min - 0.5)
        small.push(`${Math.round(box.width)}×${Math.round(box.height)} “${(el.textContent ?? '').trim().slice(0, 16)}”`);
    }
    return small;
  }, min);
}
