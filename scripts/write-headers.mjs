// After `next build`: writes out/serve.json, the production headers for the static server.
// Starts from serve.json and replaces script-src 'unsafe-inline' with the sha256 of each page's
// own inline scripts (Next's hydration data), so every HTML file gets a strict, per-page CSP.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'out');
const base = JSON.parse(readFileSync(path.join(root, 'serve.json'), 'utf8'));
const baseCsp = base.headers.flatMap((rule) => rule.headers).find((h) => h.key === 'Content-Security-Policy')?.value;
if (!baseCsp?.includes("'unsafe-inline'")) throw new Error("serve.json: expected a CSP with script-src 'unsafe-inline' to tighten");

const htmlFiles = readdirSync(out, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort();

const inlineScript = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const perPage = htmlFiles.map((file) => {
  const html = readFileSync(path.join(out, file), 'utf8');
  const hashes = [...new Set([...html.matchAll(inlineScript)].map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`))];
  const csp = baseCsp.replace(/script-src [^;]*/, `script-src 'self' ${hashes.join(' ')}`.trim());
  return { source: file.split(path.sep).join('/'), headers: [{ key: 'Content-Security-Policy', value: csp }] };
});

writeFileSync(path.join(out, 'serve.json'), `${JSON.stringify({ ...base, headers: [...base.headers, ...perPage] }, null, 2)}\n`);
console.log(`write-headers: strict CSP for ${perPage.length} pages → out/serve.json`);
