// npm run bench: builds, serves out/ exactly as `npm start` does, and prints what each page costs a reader.
//   JavaScript: every script response in Chromium, raw and gzip, split into the framework floor (chunks that
//   carry no module of ours, i.e. what a bare page of this build loads) and the site's own code.
//   HTML: the document, raw and gzip. Lighthouse (mobile) for home and one report. Search, when present.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
 * The framework floor: the JavaScript a bare page (no component of ours) loads when built with this Next.js and
 * this config. Turbopack puts our layout's islands in the same chunk as the framework's router code, so chunks
 * cannot be told apart; a bare build beside ours can. Counted from the page's <script src> (nomodule excluded),
 * which is what Chromium loads for it.
 */
function frameworkFloor() {
  const dir = path.join(root, '.bench-floor');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'app'), { recursive: true });
  writeFileSync(
    path.join(dir, 'app/layout.tsx'),
    'export default function Layout({ children }: { children: React.ReactNode }) {\n  return (<html lang="zh-CN"><body>{children}</body></html>);\n}\n',
  );
  writeFileSync(path.join(dir, 'app/page.tsx'), 'export default function Page() {\n  return <p>floor</p>;\n}\n');
  writeFileSync(path.join(dir, 'next.config.mjs'), "export default { output: 'export', reactStrictMode: true };\n");
  try {
    execFileSync('node', [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: dir,
      stdio: 'ignore',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    const html = readFileSync(path.join(dir, 'out/index.html'), 'utf8');
    const files = [...html.matchAll(/<script src="([^"]+)"(?![^>]*noModule)[^>]*>/g)].map((m) => readFileSync(path.join(dir, 'out', m[1])));
    return { raw: files.reduce((sum, f) => sum + f.length, 0), gzip: files.reduce((sum, f) => sum + gz(f), 0) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(browser, url) {
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
    html: { raw: html.length, gzip: gz(html) },
  };
}

function lighthouse(url) {
  const json = execFileSync(
    'node',
    [
      path.join(root, 'node_modules/lighthouse/cli/index.js'),
      base + url,
      '--quiet',
      '--output=json',
      '--form-factor=mobile',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
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
    const ok = await fetch(base)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (i > 100) throw new Error('bench: the server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const slugs = readdirSync(path.join(root, 'content/articles'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
  const pages = ['/', ...slugs.map((s) => `/articles/${s}`), '/initiatives', '/cooperation'];
  const floor = frameworkFloor();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  console.log('\nPage weight in Chromium (gzip sizes computed with zlib; scripts as loaded, nomodule polyfills excluded by the browser)');
  console.log(`framework floor (a bare page built with the same Next.js and config): ${kib(floor.raw)} raw / ${kib(floor.gzip)} gzip`);
  console.log(['page'.padEnd(42), 'scripts', 'JS all (raw / gzip)'.padEnd(24), 'own above floor (gzip)', 'HTML (raw / gzip)'].join('  '));
  let worstOwn = 0;
  for (const url of pages) {
    const m = await measure(browser, url);
    const own = m.all.gzip - floor.gzip;
    worstOwn = Math.max(worstOwn, own);
    console.log(
      [
        url.padEnd(42),
        String(m.count).padStart(7),
        `${kib(m.all.raw)} / ${kib(m.all.gzip)}`.padEnd(24),
        kib(own).padStart(22),
        `${kib(m.html.raw)} / ${kib(m.html.gzip)}`,
      ].join('  '),
    );
  }
  console.log(
    `Own JavaScript above the framework floor: at most ${kib(worstOwn)} gzip on any page (target ≤ ${kib(OWN_BUDGET)}): ${worstOwn <= OWN_BUDGET ? 'met' : 'NOT met'}`,
  );

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
