import { expect, test } from '@playwright/test';
import { expectEnhancedContrast, horizontalOverflow, MODES, openWithSettings, PAGE_TYPES, saveTopScreenshot } from './reader-support';
import { expectNoAxeViolations, trackConsoleErrors, VIEWPORTS } from './support';

// Every page type, at phone and desktop width, in every reading mode: axe-clean (AA, and AAA contrast
// in high contrast), no sideways scrolling, no console error, and a screenshot to look at.
for (const [name, url] of PAGE_TYPES) {
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    test(`${name} at ${width} width passes axe in default, dark, high-contrast and 200% text`, async ({ page }) => {
      test.slow();
      const errors = trackConsoleErrors(page);
      await page.setViewportSize(viewport);
      for (const [mode, settings] of MODES) {
        await openWithSettings(page, url, settings);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page);
        if (settings.contrast === 'more') await expectEnhancedContrast(page);
        expect(await horizontalOverflow(page), mode).toBeLessThanOrEqual(0);
        await saveTopScreenshot(page, `modes/${name}-${width}-${mode}`);
      }
      // The 404 page is served with status 404, which the browser logs; nothing else may be logged.
      expect(errors.filter((e) => !(name === 'not-found' && /status of 404/.test(e)))).toEqual([]);
    });
  }
}
