import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, saveScreenshot, site, trackConsoleErrors, VIEWPORTS } from './support';

const status = (page: Page) => page.getByRole('status');
const field = (page: Page) => page.getByRole('searchbox', { name: '搜索词' });
const paragraphHits = (page: Page) => page.getByRole('region', { name: /^段落/ }).getByRole('link');
const pinghu = site.articles.find((a) => a.slug === 'pinghu-baotuan-fu')!;

async function openResults(page: Page, query: string, extra = '') {
  await page.goto(`/search?q=${encodeURIComponent(query)}${extra}`);
  await expect(status(page)).toHaveText(/^(找到|没有找到结果)/);
}

/** Sets the field as an input method or paste would, including text Playwright cannot send (lone surrogates). */
async function setFieldText(page: Page, text: string) {
  await field(page).evaluate((input: HTMLInputElement, value) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
  }, text);
}

test('on a phone: type 飞地 in the header, see results, follow a paragraph hit to its highlighted paragraph', async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await page.setViewportSize(VIEWPORTS.phone);
  await page.goto(`/articles/${site.articles.at(-1)!.slug}`);
  const header = page.getByRole('search', { name: '全站搜索' });
  await header.getByRole('searchbox', { name: '搜索报道和举措' }).fill('飞地');
  await header.getByRole('searchbox').press('Enter');

  await expect(page).toHaveURL(/\/search\?q=%E9%A3%9E%E5%9C%B0$/);
  await expect(field(page)).toHaveValue('飞地');
  await expect(status(page)).toHaveText(/^找到 \d+ 项举措、\d+ 个段落（\d+ 篇报道）$/);
  await expect(page.getByRole('region', { name: /^举措/ }).getByRole('link').first()).toContainText('飞地');
  await expect(page.locator('mark').first()).toHaveText('飞地');
  await saveScreenshot(page, 'search-results-phone');

  const hit = paragraphHits(page).first();
  const href = (await hit.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/articles\/[a-z0-9-]+#[a-z]-[0-9a-z]+$/);
  await hit.click();
  await expect(page).toHaveURL((url) => `${url.pathname}${url.hash}` === href);
  const paragraph = page.locator(`[id="${href.split('#')[1]}"]`);
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toContainText('飞地');
  expect(await paragraph.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  await saveScreenshot(page, 'search-landed-paragraph-phone');
  expect(errors).toEqual([]);
});

test('reading pages load neither the index nor the engine until the reader starts to search', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await page.goto(`/articles/${pinghu.slug}`);
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((url) => url.includes('search-index'))).toEqual([]);
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src).filter(Boolean));
  for (const src of scripts) expect(await (await page.request.get(src)).text()).not.toContain('search:index-load');

  await page.getByRole('searchbox', { name: '搜索报道和举措' }).focus();
  await expect.poll(() => fetched.some((url) => url.endsWith('/search-index.json'))).toBe(true);
});

test('/ focuses the search field from anywhere but another field; Esc clears, a second Esc leaves', async ({ page }) => {
  // Keys pressed before the page's scripts have started do nothing yet: wait for them, as a reader's second look does.
  await page.goto('/', { waitUntil: 'networkidle' });
  const header = page.getByRole('searchbox', { name: '搜索报道和举措' });
  await page.keyboard.press('/');
  await expect(header).toBeFocused();
  await page.keyboard.type('养老');
  await expect(header).toHaveValue('养老');
  await page.keyboard.press('Escape');
  await expect(header).toHaveValue('');
  await expect(header).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(header).not.toBeFocused();

  // The results page has its own field; the header's is hidden there and leaves / to it.
  await page.goto('/search');
  await expect(page.getByRole('search', { name: '全站搜索' })).toBeHidden();
  await page.keyboard.press('/');
  await expect(field(page)).toBeFocused();
  await page.keyboard.type('1/8');
  await expect(field(page)).toHaveValue('1/8');
});

test('an input method composing 养老 fires no search until the composition ends', async ({ page }) => {
  await page.goto('/search');
  await field(page).focus();
  const cdp = await page.context().newCDPSession(page);
  const searches = () => page.evaluate(() => performance.getEntriesByName('search:query').length);

  await cdp.send('Input.imeSetComposition', { text: 'yang', selectionStart: 4, selectionEnd: 4 });
  await cdp.send('Input.imeSetComposition', { text: 'yanglao', selectionStart: 7, selectionEnd: 7 });
  await expect(field(page)).toHaveValue('yanglao');
  await page.waitForTimeout(300);
  expect(await searches()).toBe(0);
  await expect(page).toHaveURL(/\/search$/);

  await cdp.send('Input.insertText', { text: '养老' });
  await expect(field(page)).toHaveValue('养老');
  await expect(page).toHaveURL(/\/search\?q=%E5%85%BB%E8%80%81$/);
  await expect(status(page)).toHaveText(/^找到/);
  expect(await searches()).toBe(1);
});

test('typing updates results and the address as you go; Back returns to the same results', async ({ page }) => {
  await page.goto('/search', { waitUntil: 'networkidle' });
  await field(page).pressSequentially('托');
  await expect(page).toHaveURL(/\?q=%E6%89%98$/);
  await field(page).pressSequentially('育');
  await expect(page).toHaveURL(/\?q=%E6%89%98%E8%82%B2$/);
  await expect(status(page)).toHaveText(/^找到/);
  const first = (await paragraphHits(page).first().getAttribute('href')) ?? '';
  await paragraphHits(page).first().click();
  await expect(page).toHaveURL(new RegExp(`${first.split('#')[0]}`));

  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=%E6%89%98%E8%82%B2$/);
  await expect(field(page)).toHaveValue('托育');
  await expect(paragraphHits(page).first()).toHaveAttribute('href', first);
});

test('filters narrow by place, sub-places included, and by initiative category; both stay in the address', async ({ page }) => {
  await openResults(page, '飞地');
  const all = await paragraphHits(page).count();

  await page.getByLabel('地点（含下辖）').selectOption('pinghu');
  await expect(page).toHaveURL(/place=pinghu/);
  await expect(status(page)).toHaveText(/^找到/);
  const inPinghu = await paragraphHits(page).count();
  expect(inPinghu).toBeGreaterThan(0);
  expect(inPinghu).toBeLessThan(all);
  for (const text of await paragraphHits(page).allTextContents()) expect(text.startsWith(pinghu.title)).toBe(true);

  // 嘉兴市 is not named in these paragraphs, but 平湖市 and its towns lie within it.
  await page.getByLabel('地点（含下辖）').selectOption('jiaxing');
  await expect(paragraphHits(page)).toHaveCount(inPinghu);

  await page.getByLabel('举措类别').selectOption({ label: '飞地经济' });
  await expect(page).toHaveURL(/place=jiaxing&category=enclave/);
  for (const text of await page.getByRole('region', { name: /^举措/ }).getByRole('link').allTextContents()) expect(text).toContain('飞地经济');

  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page).toHaveURL(/\/search\?q=%E9%A3%9E%E5%9C%B0$/);
  await expect(paragraphHits(page)).toHaveCount(all);
});

test('nothing found: says so, names the words that work alone, offers words to try', async ({ page }) => {
  await openResults(page, '飞地 养老');
  await expect(status(page)).toHaveText('没有找到结果');
  const empty = page.getByRole('region', { name: '没有找到与“飞地 养老”相关的结果' });
  await expect(empty.getByRole('link', { name: '飞地', exact: true }).first()).toBeVisible();
  await empty.getByRole('navigation', { name: '试试这些词' }).getByRole('link', { name: '托育' }).click();
  await expect(page).toHaveURL(/\?q=%E6%89%98%E8%82%B2$/);
  await expect(status(page)).toHaveText(/^找到/);
});

test('without JavaScript the header form leads to the full catalogue and says why', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/articles/${pinghu.slug}`);
  await page.getByRole('searchbox', { name: '搜索报道和举措' }).fill('飞地');
  await page.getByRole('searchbox', { name: '搜索报道和举措' }).press('Enter');
  await expect(page).toHaveURL(/\/search\?q=%E9%A3%9E%E5%9C%B0$/);
  await expect(page.getByText('即时搜索需要启用 JavaScript')).toBeVisible();
  await expect(page.getByRole('region', { name: /^全部举措/ }).getByRole('link')).toHaveCount(site.initiatives.length);
  await expect(page.getByRole('region', { name: /^全部报道/ }).getByRole('link')).toHaveCount(site.articles.length);
  await saveScreenshot(page, 'search-no-javascript-phone');
  await context.close();
});

const BAD_INPUTS: [string, string][] = [
  ['10,000 characters', '共同富裕飞地'.repeat(1667).slice(0, 10_000)],
  ['regex metacharacters', '.*+?^${}()|[]\\ (飞地'],
  ['a script tag', '<script>window.pwned = 1</script>'],
  ['HTML with a handler', '<img src=x onerror="window.pwned = 1"><b>飞地</b>'],
  ['emoji', '😀🎉 飞地 👍🏽'],
  ['NUL', '\u0000飞\u0000地'],
  ['lone surrogates', '\uD800飞地\uDFFF'],
  ['only spaces', '   \u3000  '],
  ['only punctuation', '，。！？“”……——'],
];

for (const [name, input] of BAD_INPUTS) {
  test(`bad input (${name}): results or 没有找到结果, no error, nothing executed, still responsive`, async ({ page }) => {
    const errors = trackConsoleErrors(page);
    page.on('dialog', (dialog) => errors.push(`dialog: ${dialog.message()}`));
    await page.goto('/search');
    await expect(field(page)).toBeEditable();
    await setFieldText(page, input);
    await expect(status(page)).toHaveText(/^(找到|没有找到结果)/);
    expect(await page.evaluate(() => Reflect.get(window, 'pwned'))).toBeUndefined();
    await expect(page.locator('main img, main b')).toHaveCount(0);

    await field(page).fill('托育');
    await expect(status(page)).toHaveText(/^找到/);
    expect(errors).toEqual([]);
  });
}

test('markup in a shared address is shown as text and never run', async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await openResults(page, '<img src=x onerror="window.pwned=1">');
  await expect(page.getByRole('heading', { level: 2, name: /没有找到与“<img src=x onerror=/ })).toBeVisible();
  expect(await page.evaluate(() => Reflect.get(window, 'pwned'))).toBeUndefined();
  expect(errors).toEqual([]);
});

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  test(`search page passes axe at ${width} width: before a search, with results, with none`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/search');
    await expect(page.getByRole('navigation', { name: '常用搜索' })).toBeVisible();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, `search-start-${width}`);

    await openResults(page, '对口支援');
    await expect(paragraphHits(page).first()).toBeVisible();
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await saveScreenshot(page, `search-results-${width}`);

    await openResults(page, '区块链');
    await expect(status(page)).toHaveText('没有找到结果');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, `search-empty-${width}`);
  });
}
