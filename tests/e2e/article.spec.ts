import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, saveScreenshot, site, trackConsoleErrors, VIEWPORTS } from './support';

for (const [index, article] of site.articles.entries()) {
  test.describe(`report ${article.slug}`, () => {
    test('shows title, byline, every section heading, figures and 编者注', async ({ page }) => {
      const errors = trackConsoleErrors(page);
      await page.goto(`/articles/${article.slug}`);
      await expect(page).toHaveTitle(new RegExp(article.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
      if (article.kicker) await expect(page.locator('header').getByText(article.kicker, { exact: true })).toBeVisible();

      const byline = page.locator('article header dl');
      for (const person of article.people) await expect(byline).toContainText(person.name);
      if (article.source.publication) await expect(byline).toContainText(article.source.publication);
      await expect(byline.locator('time')).toHaveAttribute('datetime', new RegExp(`^${article.date.value}`));

      const body = page.locator('.reading');
      for (const block of article.blocks) {
        if (block.type === 'heading') {
          await expect(body.getByRole('heading', { level: block.depth, name: block.text, exact: true })).toHaveAttribute('id', block.id);
        } else if (block.type === 'figure') {
          const figure = body.locator(`figure#${block.id}`);
          await expect(figure).toContainText(block.caption);
          await expect(figure).toContainText('原文配图');
          if (block.credit) await expect(figure).toContainText(block.credit);
        }
      }
      const paragraphs = article.blocks.filter((b) => b.type === 'paragraph');
      await expect(body.locator('p')).toHaveCount(paragraphs.length);

      const notes = page.getByRole('complementary', { name: '编者注' });
      await expect(notes.getByRole('listitem')).toHaveCount(article.notes.length + (article.date.inferred ? 1 : 0));
      for (const note of article.notes) await expect(notes).toContainText(note.text);
      if (article.date.basis) await expect(notes).toContainText(article.date.basis);
      expect(errors).toEqual([]);
    });

    test('every heading and paragraph of the body has a unique, non-empty id', async ({ page }) => {
      await page.goto(`/articles/${article.slug}`);
      const ids = await page
        .locator('.reading')
        .locator('p, h2, h3, h4')
        .evaluateAll((nodes) => nodes.map((n) => n.id));
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.filter((id) => !id)).toEqual([]);
      expect(new Set(ids).size).toBe(ids.length);
      const first = article.blocks.find((b) => b.type === 'paragraph');
      await page.goto(`/articles/${article.slug}#${first?.id}`);
      await expect(page.locator(`#${first?.id}`)).toBeInViewport();
    });

    test('links to the previous and next report', async ({ page }) => {
      await page.goto(`/articles/${article.slug}`);
      const pager = page.getByRole('navigation', { name: '上一篇与下一篇' });
      const previous = site.articles[index - 1];
      const next = site.articles[index + 1];
      if (previous) await expect(pager.getByRole('link', { name: new RegExp(`上一篇`) })).toHaveAttribute('href', `/articles/${previous.slug}`);
      if (next) await expect(pager.getByRole('link', { name: new RegExp(`下一篇`) })).toHaveAttribute('href', `/articles/${next.slug}`);
      await expect(pager.getByRole('link')).toHaveCount((previous ? 1 : 0) + (next ? 1 : 0));
    });

    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      test(`passes axe at ${name} width and is screenshotted`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto(`/articles/${article.slug}`);
        await expectNoAxeViolations(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await saveScreenshot(page, `article-${article.slug}-${name}`);
      });
    }
  });
}
