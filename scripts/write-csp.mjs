// After `next build`: pins every page's inline scripts (Next's hydration data) with a per-page CSP.
// A static host serves one set of headers for all pages, so the page-specific part travels in the
// page itself, as <meta http-equiv="Content-Security-Policy"> with the sha256 of each inline script.
// Browsers enforce the header CSP (serve.json) and this one together: only hashed inline scripts run.
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'out');
const inlineScript = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

const htmlFiles = readdirSync(out, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort();

for (const file of htmlFiles) {
  const full = path.join(out, file);
  const html = readFileSync(full, 'utf8');
  if (html.includes('http-equiv="Content-Security-Policy"')) continue;
  const hashes = [...new Set([...html.matchAll(inlineScript)].map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`))];
  const meta = `<meta http-equiv="Content-Security-Policy" content="script-src 'self' ${hashes.join(' ')}"/>`;
  // Right after the charset, which must stay within the first 1024 bytes, and before any script.
  const charset = '<meta charSet="utf-8"/>';
  if (!html.includes(charset)) throw new Error(`write-csp: no ${charset} in ${file}`);
  writeFileSync(full, html.replace(charset, `${charset}${meta}`));
}
copyFileSync(path.join(root, 'serve.json'), path.join(out, 'serve.json'));
console.log(`write-csp: per-page script hashes in ${htmlFiles.length} pages; headers → out/serve.json`);
