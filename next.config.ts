import type { NextConfig } from 'next';

// The site is built twice: in Simplified (out/), then with SITE_SCRIPT=hant in Traditional (moved under
// out/zh-hant/ by scripts/build.sh). Both builds are complete static sites from the same sources; the loader
// converts every source file of app/, components/ and lib/ but those lib/i18n/traditional.ts leaves as written.
const traditional = process.env.SITE_SCRIPT === 'hant';
const convert = {
  loaders: ['./scripts/traditional-loader.cjs'],
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
