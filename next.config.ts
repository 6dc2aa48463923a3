import type { NextConfig } from 'next';
import { TRADITIONAL_OPTIONS } from './lib/i18n/traditional';

// The site is built twice: in Simplified (out/), then with SITE_SCRIPT=hant in Traditional (moved under
// out/zh-hant/ by scripts/build.sh). Both builds are complete static sites from the same sources.
const traditional = process.env.SITE_SCRIPT === 'hant';
const convert = {
  loaders: [{ loader: './scripts/traditional-loader.cjs', options: { ...TRADITIONAL_OPTIONS } }],
  condition: { all: [{ not: 'foreign' as const }, { path: /(^|\/)(app|components|lib)\// }] },
};

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: false,
  images: { unoptimized: true },
  reactStrictMode: true,
  env: { SITE_SCRIPT: traditional ? 'hant' : 'hans' },
  distDir: traditional ? '.next-hant' : '.next',
  turbopack: traditional
    ? {
        rules: {
          '*.tsx': convert,
          '*.ts': convert,
        },
      }
    : {},
};

export default nextConfig;
