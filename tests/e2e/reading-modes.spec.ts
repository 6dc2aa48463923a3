import { expect, test } from '@playwright/test';
import { expectEnhancedContrast, horizontalOverflow, MODES, openWithSettings, PAGE_TYPES, saveTopScreenshot } from './reader-support';
import { expectNoAxeViolations, trackConsoleErrors, VIEWPORTS } from './support';

// Every page type in every reading mode: axe once per page per mode (the full rule set at phone width in the
// default mode and at 200% text, where layout changes; in the colour modes only the rules a colour change can
// break, AAA contrast in high contrast), then both widths with no sideways scrolling, no console error, and a
// screenshot to look at.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

for (const [name, url] of PAGE_TYPES) {
  for (const [mode, settings] of MODES) {
    test(`${name} in ${mode} mode passes axe and fits phone and desktop`, async ({ page }) => {
      const errors = trackConsoleErrors(page);
      await page.setViewportSize(VIEWPORTS.phone);
      await openWithSettings(page, url, settings);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const colourOnly = settings.scheme !== undefined || settings.contrast !== undefined;
      await expectNoAxeViolations(page, colourOnly ? COLOUR_RULES : undefined);
      if (settings.contrast === 'more') await expectEnhancedContrast(page);
      for (const [width, viewport] of Object.entries(VIEWPORTS)) {
        await page.setViewportSize(viewport);
        expect(await horizontalOverflow(page), `${mode} at ${width} width`).toBeLessThanOrEqual(0);
        await saveTopScreenshot(page, `modes/${name}-${width}-${mode}`);
      }
      // The 404 page is served with status 404, which the browser logs; nothing else may be logged.
      expect(errors.filter((e) => !(name === 'not-found' && /status of 404/.test(e)))).toEqual([]);
    });
  }
}
