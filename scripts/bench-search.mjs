// Search benchmark: index size against the text it indexes, query latency in Chromium over the
// quality fixture, and the same on a synthetic corpus of 1,000 reports. Measures the built site (out/).
// Latency is the page's own User Timing entry 'search:query' (search + the first page of highlighted
// results), read after typing each query into the search field; the index is loaded first.
//   node scripts/bench-search.mjs          serves out/ on port 4402 and launches /usr/bin/chromium
//   benchSearch({ baseURL, browser })      from another script, with a Playwright Browser
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { syntheticIndex } from './synthetic-corpus.mjs';

const root = path.resolve(import.meta.dirname, '..');
const queries = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/search-queries.json'), 'utf8')).queries.map((q) => q.query);
const ROUNDS = 5;
const TARGETS = { real: 5, synthetic: 30 };

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value) => `${value.toFixed(2)} ms`;
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** Every text the index makes searchable, as lib/search/build-index.ts lists them. */
function indexedText(index) {
  return [
    ...index.blocks.map((b) => b[3]),
    ...index.articles.flatMap((a) => [a[1], a[2]]),
    ...index.initiatives.flatMap((x) => [x[1], ...x[2], x[5]]),
    ...index.categories.map((c) => c[1]),
    ...index.places.flatMap((p) => [p[1], ...p[3]]),
  ].join('\n');
}

/** Opens /search (optionally with another index), waits for the index, types every query ROUNDS times. */
async function measure(browser, baseURL, body) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (body) await page.route('**/search-index.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
  await page.goto(`${baseURL}/search`);
  await page.waitForFunction(() => performance.getEntriesByName('search:index-load').length > 0, null, { timeout: 120_000 });
  const [load, build] = await page.evaluate(() => ['search:index-load', 'search:index-build'].map((name) => performance.getEntriesByName(name)[0].duration));
  const durations = await page.evaluate(
    async ({ queries, rounds }) => {
      const field = document.getElementById('search-page-field');
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const type = (text) => {
        setter.call(field, text);
        field.dispatchEvent(new InputEvent('input', { bubbles: true }));
      };
      const settled = (count) =>
        new Promise((resolve) => {
          const check = () => (performance.getEntriesByName('search:query').length > count ? resolve() : requestAnimationFrame(check));
          check();
        });
      const samples = [];
      for (let round = 0; round <= rounds; round += 1) {
        for (const query of queries) {
          type('');
          await new Promise(requestAnimationFrame);
          const before = performance.getEntriesByName('search:query').length;
          type(query);
          await settled(before);
          // Round 0 warms the JIT and is not counted.
          if (round > 0) samples.push(performance.getEntriesByName('search:query')[before].duration);
        }
      }
      return samples;
    },
    { queries, rounds: ROUNDS },
  );
  await context.close();
  return { load, build, p50: percentile(durations, 50), p95: percentile(durations, 95), samples: durations.length };
}

export async function benchSearch({ baseURL, browser }) {
  const response = await fetch(`${baseURL}/search-index.json`);
  if (!response.ok) throw new Error(`bench-search: ${baseURL}/search-index.json answered ${response.status}; build first`);
  const raw = Buffer.from(await response.arrayBuffer());
  const real = JSON.parse(raw.toString('utf8'));
  const textGzip = gzipSync(indexedText(real)).length;
  const indexGzip = gzipSync(raw).length;
  console.log(
    `search index: ${kB(raw.length)} raw, ${kB(indexGzip)} gzip; the text it indexes: ${kB(textGzip)} gzip (index ${(indexGzip / textGzip).toFixed(2)}× the text)`,
  );

  const onReal = await measure(browser, baseURL);
  console.log(
    `search latency, real corpus (${real.blocks.length} blocks), ${queries.length} fixture queries × ${ROUNDS} in Chromium: ` +
      `p50 ${ms(onReal.p50)}, p95 ${ms(onReal.p95)} (target p95 ≤ ${TARGETS.real} ms); index load ${ms(onReal.load)}, of which engine build ${ms(onReal.build)}`,
  );

  const started = performance.now();
  const synthetic = JSON.stringify(syntheticIndex(real, { reports: 1000 }));
  const generated = performance.now() - started;
  const parsed = JSON.parse(synthetic);
  const chars = parsed.blocks.reduce((sum, b) => sum + b[3].length, 0);
  const syntheticGzip = gzipSync(synthetic).length;
  const onSynthetic = await measure(browser, baseURL, synthetic);
  console.log(
    `search on 1,000 synthetic reports (${parsed.blocks.length} blocks, ${(chars / 1e6).toFixed(2)} M characters): index file written in ${ms(generated)}, ` +
      `${kB(Buffer.byteLength(synthetic))} raw, ${kB(syntheticGzip)} gzip; index build in Chromium ${ms(onSynthetic.build)} (load ${ms(onSynthetic.load)}); ` +
      `p50 ${ms(onSynthetic.p50)}, p95 ${ms(onSynthetic.p95)} (target p95 ≤ ${TARGETS.synthetic} ms)`,
  );
  return {
    index: { raw: raw.length, gzip: indexGzip, textGzip },
    real: onReal,
    synthetic: { blocks: parsed.blocks.length, characters: chars, raw: Buffer.byteLength(synthetic), gzip: syntheticGzip, generated, ...onSynthetic },
  };
}

async function standalone() {
  const { chromium } = await import('@playwright/test');
  const port = 4402;
  const server = spawn('bash', [path.join(root, 'scripts/serve.sh')], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  const baseURL = `http://127.0.0.1:${port}`;
  let browser;
  try {
    for (let tries = 0; ; tries += 1) {
      if (server.exitCode !== null) throw new Error('bench-search: scripts/serve.sh exited (is out/ built?)');
      if (
        await fetch(`${baseURL}/`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (tries > 100) throw new Error('bench-search: the server did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    await benchSearch({ baseURL, browser });
  } finally {
    await browser?.close();
    server.kill();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await standalone();
