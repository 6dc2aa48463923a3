import { createHash } from 'node:crypto';

import { PREPAINT_SCRIPT } from '../reader/reader-settings';

/** The one inline script a page may run: the reader-settings bootstrap in <head>, applied before first paint. */
export const INLINE_SCRIPT_HASHES: readonly string[] = [`'sha256-${createHash('sha256').update(PREPAINT_SCRIPT).digest('base64')}'`];

/** One site-wide policy, sent as a header on every response; pages carry no <meta> policy of their own. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${INLINE_SCRIPT_HASHES.join(' ')}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
