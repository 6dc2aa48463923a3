import { expect, type Page, test } from '@playwright/test';
import { site, trackConsoleErrors, VIEWPORTS } from './support';

type StubVoice = { name: string; lang: string };

/**
 * A stand-in for the browser's speech synthesis (Chromium here has no voices): it records every
 * utterance, and the test decides when one ends. `voices` arrive only after load, by voiceschanged,
 * as they do in real browsers.
 */
function stubSpeech(page: Page, voices: StubVoice[]) {
  return page.addInitScript((voices: StubVoice[]) => {
    type Utterance = { text: string; lang: string; voice: unknown; onend: (() => void) | null; onerror: ((e: { error: string }) => void) | null };
    const spoken: Utterance[] = [];
    let available: StubVoice[] = [];
    const synth = Object.assign(new EventTarget(), {
      speaking: false,
      paused: false,
      getVoices: () => available,
      speak: (u: Utterance) => spoken.push(u),
      cancel: () => {
        const current = spoken.at(-1);
        if (spoken.length > 0) current?.onerror?.({ error: 'interrupted' });
      },
      pause: () => (synth.paused = true),
      resume: () => (synth.paused = false),
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: class {
        lang = '';
        voice: unknown = null;
        onend: (() => void) | null = null;
        onerror: ((e: { error: string }) => void) | null = null;
        constructor(public text: string) {}
      },
      configurable: true,
    });
    Object.assign(window, {
      spoken,
      finishUtterance: () => spoken.at(-1)?.onend?.(),
    });
    window.addEventListener('load', () =>
      setTimeout(() => {
        available = voices;
        synth.dispatchEvent(new Event('voiceschanged'));
      }, 50),
    );
  }, voices);
}

const spokenTexts = (page: Page) => page.evaluate(() => (window as unknown as { spoken: { text: string }[] }).spoken.map((u) => u.text));
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('read-aloud');
    return highlight ? [...highlight][0]?.toString().trim() : null;
  });
const finishUtterance = (page: Page) => page.evaluate(() => (window as unknown as { finishUtterance: () => void }).finishUtterance());

const article = site.articles.find((a) => a.blocks.some((b) => b.type === 'paragraph' && /[。！？].+[。！？]/.test(b.text)))!;
const paragraphs = article.blocks.filter((b) => b.type === 'paragraph');

test('read aloud speaks the report sentence by sentence in zh-CN, highlights each one and keeps it in view', async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await stubSpeech(page, [
    { name: 'English', lang: 'en-US' },
    { name: '普通话', lang: 'zh-CN' },
  ]);
  await page.setViewportSize(VIEWPORTS.phone);
  await page.goto(`/articles/${article.slug}`);
  const play = page.getByRole('button', { name: '朗读全文' });
  await expect(play).toBeVisible();
  await play.click();

  const first = paragraphs[0]!.text.slice(0, paragraphs[0]!.text.search(/[。！？]/) + 1);
  await expect.poll(() => spokenTexts(page)).toEqual([first]);
  expect(await page.evaluate(() => (window as unknown as { spoken: { lang: string; voice: { lang: string } }[] }).spoken[0])).toMatchObject({
    lang: 'zh-CN',
    voice: { lang: 'zh-CN' },
  });
  expect(await highlighted(page)).toBe(first);

  // The highlight moves with each sentence.
  await finishUtterance(page);
  const [, second] = await spokenTexts(page);
  expect(second).toBeTruthy();
  expect(await highlighted(page)).toBe(second);

  // Pause and resume keep the place; the button says what it will do.
  await page.getByRole('button', { name: '暂停朗读' }).click();
  expect(await page.evaluate(() => window.speechSynthesis.paused)).toBe(true);
  await page.getByRole('button', { name: '继续朗读' }).click();
  expect(await page.evaluate(() => window.speechSynthesis.paused)).toBe(false);

  // To the end: every sentence of every paragraph, in order, nothing else; the last one scrolled into view.
  for (let i = 0; i < 2000 && (await page.getByRole('button', { name: '停止朗读' }).isVisible()); i += 1) {
    if (i === 40) {
      await expect(
        page
          .locator('.reading p')
          .filter({ hasText: (await spokenTexts(page)).at(-1)! })
          .first(),
      ).toBeInViewport();
      await page.screenshot({ path: `test-results/screenshots/read-aloud-${article.slug}-phone.png` });
    }
    await finishUtterance(page);
  }
  const texts = await spokenTexts(page);
  expect(texts.length).toBeGreaterThan(paragraphs.length);
  expect(texts.join('').replace(/\s+/g, '')).toBe(paragraphs.map((p) => p.text.replace(/\s+/g, '')).join(''));
  expect(await highlighted(page)).toBeNull();
  await expect(page.getByRole('button', { name: '朗读全文' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('stop ends reading, clears the highlight and returns focus to the read-aloud button', async ({ page }) => {
  await stubSpeech(page, [{ name: 'Mandarin', lang: 'cmn-Hans-CN' }]);
  await page.goto(`/articles/${article.slug}`);
  await page.getByRole('button', { name: '朗读全文' }).click();
  await expect.poll(() => highlighted(page)).not.toBeNull();
  await page.getByRole('button', { name: '停止朗读' }).click();
  expect(await highlighted(page)).toBeNull();
  await expect(page.getByRole('button', { name: '朗读全文' })).toBeFocused();
  const count = (await spokenTexts(page)).length;
  await finishUtterance(page);
  expect((await spokenTexts(page)).length).toBe(count);
});

test('the read-aloud control is hidden when the browser has no Chinese voice', async ({ page }) => {
  await stubSpeech(page, [
    { name: 'English', lang: 'en-US' },
    { name: 'Deutsch', lang: 'de-DE' },
  ]);
  await page.goto(`/articles/${article.slug}`);
  await page.waitForFunction(() => window.speechSynthesis.getVoices().length > 0);
  await expect(page.getByRole('button', { name: '分享' })).toBeVisible();
  await expect(page.getByRole('button', { name: '朗读全文' })).toBeHidden();
});

test('the read-aloud control is hidden when the browser has no speech synthesis at all, and on other pages', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    Object.defineProperty(window, 'speechSynthesis', { value: undefined });
  });
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole('button', { name: '分享' })).toBeVisible();
  await expect(page.getByRole('button', { name: '朗读全文' })).toBeHidden();
  await page.goto('/about');
  await expect(page.getByRole('button', { name: '朗读全文' })).toHaveCount(0);
});
