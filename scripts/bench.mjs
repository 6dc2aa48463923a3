// npm run bench: builds, serves out/ exactly as `npm start` does, and prints what each page costs a reader.
//   JavaScript: every script response in Chromium, raw and gzip, split into the framework floor (chunks that
//   carry no module of ours, i.e. what a bare page of this build loads) and the site's own code.
//   HTML: the document, raw and gzip. Lighthouse (mobile) for home and one report. Search, when present.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '..');
const PORT = Number(process.env.BENCH_PORT ?? 4399);
const base = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? execFileSync('bash', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const OWN_BUDGET = 10 * 1024;

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const gz = (buffer) => gzipSync(buffer).length;

/**
 * Chunks that carry a client module from our own source, read from Next's client reference manifests.
 * A module's list also names the shared chunks it depends on, so chunks that framework modules use are not ours.
 */
function ownChunks() {
  const own = new Set();
  const framework = new Set();
  const dir = path.join(root, '.next/server/app');
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('_client-reference-manifest.js'))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    for (const [, key, chunks] of text.matchAll(/"(\[project\]\/[^"]+)":\{"id":[^}]*?"chunks":\[([^\]]*)\]/g)) {
      const into = key.startsWith('[project]/node_modules/') ? framework : own;
      for (const [, chunk] of chunks.matchAll(/"([^"]+)"/g)) into.add(chunk);
    }
  }
  return new Set([...own].filter((chunk) => !framework.has(chunk)));
}

async function measure(browser, url, own) {
  const page = await browser.newPage();
  const scripts = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, body })));
  });
  const response = await page.goto(base + url, { waitUntil: 'networkidle' });
  const html = await response.body();
  const bodies = await Promise.all(scripts);
  await page.close();
  const sum = (list) => ({ raw: list.reduce((s, x) => s + x.body.length, 0), gzip: list.reduce((s, x) => s + gz(x.body), 0) });
  return {
    url,
    count: bodies.length,
    all: sum(bodies),
    floor: sum(bodies.filter((b) => !own.has(b.url))),
    own: sum(bodies.filter((b) => own.has(b.url))),
    html: { raw: html.length, gzip: gz(html) },
  };
}

function lighthouse(url) {
  const json = execFileSync(
    'node',
    [path.join(root, 'node_modules/lighthouse/cli/index.js'), base + url, '--quiet', '--output=json', '--form-factor=mobile', '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
    { encoding: 'utf8', env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(json);
  const scores = Object.values(report.categories).map((c) => `${c.title} ${Math.round(c.score * 100)}`);
  const metric = (id) => report.audits[id]?.displayValue ?? '–';
  return `${scores.join(' · ')}  (FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')})`;
}

if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
const server = spawn('bash', [path.join(root, 'scripts/serve.sh')], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
try {
  for (let i = 0; ; i += 1) {
    const ok = await fetch(base).then((r) => r.ok).catch(() => false);
    if (ok) break;
    if (i > 100) throw new Error('bench: the server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const slugs = readdirSync(path.join(root, 'content/articles')).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')).sort();
  const pages = ['/', ...slugs.map((s) => `/articles/${s}`), '/initiatives', '/cooperation'];
  const own = ownChunks();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  console.log('\nPage weight in Chromium (gzip sizes computed with zlib; scripts as loaded, nomodule polyfills excluded by the browser)');
  console.log(['page'.padEnd(42), 'scripts', 'JS all (raw / gzip)'.padEnd(24), 'floor gzip', 'own gzip', 'HTML (raw / gzip)'].join('  '));
  let worstOwn = 0;
  for (const url of pages) {
    const m = await measure(browser, url, own);
    worstOwn = Math.max(worstOwn, m.own.gzip);
    console.log([url.padEnd(42), String(m.count).padStart(7), `${kib(m.all.raw)} / ${kib(m.all.gzip)}`.padEnd(24), kib(m.floor.gzip).padStart(10), kib(m.own.gzip).padStart(8), `${kib(m.html.raw)} / ${kib(m.html.gzip)}`].join('  '));
  }
  console.log(`Own JavaScript above the framework floor: at most ${kib(worstOwn)} gzip on any page (target ≤ ${kib(OWN_BUDGET)}): ${worstOwn <= OWN_BUDGET ? 'met' : 'NOT met'}`);

  const searchBench = path.join(root, 'scripts/bench-search.mjs');
  if (existsSync(searchBench)) {
    const { benchSearch } = await import(searchBench);
    await benchSearch({ baseURL: base, browser });
  }
  await browser.close();

  if (!process.argv.includes('--no-lighthouse')) {
    console.log('\nLighthouse (mobile)');
    for (const url of ['/', `/articles/${slugs[0]}`]) console.log(`${url.padEnd(42)} ${lighthouse(url)}`);
  }
} finally {
  server.kill();
}
