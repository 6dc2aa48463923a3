// Draws the social cards (Open Graph / Twitter, 1200×630) and the publisher logo (512×512) into
// public/og/, in Debian's Chromium with the Noto CJK fonts, so the Chinese renders as type, not boxes.
// Each card has a Traditional twin in public/og/zh-hant/, converted by the site's one converter with the
// reviewed dictionary (lib/i18n/traditional.ts) and set in Noto CJK TC, for the Traditional pages' og:image.
// Run after changing a theme, an accent, a motif or the site's name: `node scripts/make-social-images.mjs`,
// then look at every PNG and commit them. Texts and colours are read from the files that own them.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(import.meta.dirname, '..');
const read = (file) => readFileSync(path.join(root, file), 'utf8');
const outDir = path.join(root, 'public/og');

function fail(message) {
  throw new Error(`make-social-images: ${message}`);
}

function constant(file, name) {
  const match = new RegExp(`export const ${name} = '([^']+)';`).exec(read(file));
  return match?.[1] ?? fail(`no string constant ${name} in ${file}`);
}

const site = {
  name: constant('lib/site/identity.ts', 'SITE_NAME'),
  tagline: constant('lib/site/identity.ts', 'SITE_TAGLINE'),
  purpose: constant('lib/site/identity.ts', 'SITE_PURPOSE'),
};
const themeIds =
  /THEME_IDS = \[([^\]]+)\]/
    .exec(read('lib/content/themes.ts'))?.[1]
    .match(/'([a-z]+)'/g)
    ?.map((s) => s.slice(1, -1)) ?? fail('no THEME_IDS in lib/content/themes.ts');
const themes = [...read('lib/content/themes.ts').matchAll(/\{ id: '([a-z]+)', name: '([^']+)', tagline: '([^']+)' \}/g)].map(([, id, name, tagline]) => ({
  id,
  name,
  tagline,
}));
const css = read('app/globals.css');
const brand = /--color-brand: (#[0-9a-f]{6})/.exec(css)?.[1] ?? fail('no --color-brand in app/globals.css');
const banner = read('components/taxonomy/theme-banner.tsx');
for (const theme of themes) {
  theme.accent = new RegExp(`--accent-${theme.id}: (#[0-9a-f]{6});`).exec(css)?.[1] ?? fail(`no --accent-${theme.id} in app/globals.css`);
  theme.wash = new RegExp(`--wash-${theme.id}: (#[0-9a-f]{6});`).exec(css)?.[1] ?? fail(`no --wash-${theme.id} in app/globals.css`);
  theme.motif = new RegExp(`${theme.id}: '([^']+)'`).exec(banner)?.[1] ?? fail(`no motif for ${theme.id} in components/taxonomy/theme-banner.tsx`);
}
if (themes.map((t) => t.id).join() !== themeIds.join()) fail(`THEMES (${themes.map((t) => t.id)}) do not match THEME_IDS (${themeIds})`);

const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const favicon = read('public/favicon.svg');

const { traditionalConverter } = await tsImport('../lib/i18n/traditional.ts', import.meta.url);
const { readTraditionalDictionary, termForms } = await tsImport('../lib/content/traditional-dictionary.ts', import.meta.url);
const { dictionary, issues } = readTraditionalDictionary(path.join(root, 'content'), (file) => path.relative(root, file));
if (issues.length > 0) fail(issues.map((i) => `${i.file} › ${i.field}: ${i.message}`).join('; '));
const toTraditional = traditionalConverter(termForms(dictionary)).convert;

/** A card's Traditional twin: the same card, its text converted, in Taiwan's typefaces. */
const traditional = (html) => toTraditional(html).replace('<html lang="zh-CN">', '<html lang="zh-Hant">').replaceAll('CJK SC', 'CJK TC');

const page = (body) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; margin: 0; }
  html, body { width: 1200px; height: 630px; overflow: hidden; }
  body { font-family: 'Noto Sans CJK SC', sans-serif; color: #1d1c1a; background: #fbfaf7; }
  .card { position: relative; width: 1200px; height: 630px; padding: 64px 80px 56px 104px; display: flex; flex-direction: column; }
  .band { position: absolute; inset: 0 auto 0 0; width: 28px; }
  .brand { display: flex; align-items: center; gap: 20px; }
  .mark { width: 68px; height: 68px; border-radius: 6px; display: grid; place-items: center; color: #fff; font-weight: 700; font-size: 25px; letter-spacing: -0.02em; }
  .site { font-size: 40px; font-weight: 700; letter-spacing: 0.06em; line-height: 1.1; }
  .tagline { font-size: 24px; color: #56534d; letter-spacing: 0.08em; margin-top: 6px; }
  .main { flex: 1; display: flex; flex-direction: column; justify-content: center; }
  .eyebrow { font-size: 30px; font-weight: 700; letter-spacing: 0.3em; }
  .title { font-family: 'Noto Serif CJK SC', serif; font-weight: 700; line-height: 1.15; letter-spacing: 0.04em; }
  .line { font-size: 36px; line-height: 1.5; color: #1d1c1a; margin-top: 18px; max-width: 900px; }
  .motif { position: absolute; right: 40px; top: 36px; width: 520px; opacity: 0.3; }
  .brand, .main, .foot { position: relative; }
  .foot { display: flex; gap: 14px; flex-wrap: wrap; font-size: 24px; color: #56534d; border-top: 2px solid #dcd8cf; padding-top: 22px; }
  .chip { display: inline-flex; align-items: center; gap: 10px; }
  .dot { width: 16px; height: 16px; border-radius: 50%; }
</style></head><body>${body}</body></html>`;

const brandRow = `<div class="brand"><div class="mark" style="background:${brand}">共富</div><div><div class="site">${escape(site.name)}</div><div class="tagline">${escape(site.tagline)}</div></div></div>`;

function themeCard(theme) {
  const size = theme.name.length > 5 ? 108 : 150;
  return page(`<div class="card" style="background:${theme.wash}">
    <div class="band" style="background:${theme.accent}"></div>
    <svg class="motif" viewBox="0 0 320 110" aria-hidden="true"><path d="${theme.motif}" fill="none" stroke="${theme.accent}" stroke-width="3" stroke-linecap="round"/></svg>
    ${brandRow}
    <div class="main">
      <div class="eyebrow" style="color:${theme.accent}">专题</div>
      <div class="title" style="font-size:${size}px;color:${theme.accent}">${escape(theme.name)}</div>
      <div class="line">${escape(theme.tagline)}</div>
    </div>
    <div class="foot">实地报道全文 · 地区与举措索引 · 原文出处</div>
  </div>`);
}

function siteCard() {
  const chips = themes.map((t) => `<span class="chip"><span class="dot" style="background:${t.accent}"></span>${escape(t.name)}</span>`).join('<span>·</span>');
  return page(`<div class="card">
    <div class="band" style="background:${brand}"></div>
    ${brandRow}
    <div class="main">
      <div class="title" style="font-size:96px;color:${brand}">共同富裕，在浙江</div>
      <div class="line" style="font-size:32px;max-width:1000px;margin-top:28px">${escape(site.purpose)}</div>
    </div>
    <div class="foot">${chips}</div>
  </div>`);
}

const logo = `<!doctype html><html><head><style>html,body{margin:0;width:512px;height:512px;overflow:hidden}svg{display:block;width:512px;height:512px}</style></head><body>${favicon}</body></html>`;

/** Asks Chromium which installed fonts drew each text block: only Noto CJK SC (TC on a twin) may appear (no fallback, no boxes). */
async function expectNotoCjk(tab, file, variant) {
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: '.site, .tagline, .mark, .eyebrow, .title, .line, .foot span, .foot',
  });
  let glyphs = 0;
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    glyphs += fonts.reduce((sum, f) => sum + f.glyphCount, 0);
    const other = fonts.filter((f) => !new RegExp(`^Noto (Sans|Serif) CJK ${variant}`).test(f.familyName));
    if (other.length > 0)
      fail(`${file}: text drawn with ${other.map((f) => f.familyName).join(', ')} instead of Noto CJK ${variant} (apt-get install fonts-noto-cjk)`);
  }
  if (nodeIds.length > 0 && glyphs === 0) fail(`${file}: Chromium reports no glyphs drawn`);
  await cdp.detach();
}

const executablePath = process.env.CHROMIUM_PATH ?? execSync('command -v chromium', { encoding: 'utf8' }).trim();
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  mkdirSync(path.join(outDir, 'zh-hant'), { recursive: true });
  const card = { width: 1200, height: 630 };
  const cards = [{ file: 'site.png', html: siteCard() }, ...themes.map((t) => ({ file: `${t.id}.png`, html: themeCard(t) }))];
  const jobs = [
    ...cards.map((c) => ({ ...c, size: card, variant: 'SC' })),
    ...cards.map((c) => ({ file: `zh-hant/${c.file}`, html: traditional(c.html), size: card, variant: 'TC' })),
    { file: 'logo.png', html: logo, size: { width: 512, height: 512 }, variant: 'SC' },
  ];
  for (const job of jobs) {
    const tab = await browser.newPage({ viewport: job.size, deviceScaleFactor: 1 });
    await tab.setContent(job.html);
    await tab.evaluate(() => document.fonts.ready);
    await expectNotoCjk(tab, job.file, job.variant);
    await tab.screenshot({ path: path.join(outDir, job.file) });
    await tab.close();
    console.log(`public/og/${job.file}`);
  }
} finally {
  await browser.close();
}
