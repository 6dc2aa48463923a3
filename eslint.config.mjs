import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Which way imports may point: lib/ is pure and never reaches up into components/ or app/; code that runs
// in the browser never reaches the loader (it reads files) or the site URL (it falls back to localhost).
const layering = {
  'import/no-restricted-paths': [
    'error',
    {
      zones: [
        { target: './lib', from: ['./components', './app'], message: 'lib/ is below components/ and app/: pass data in instead.' },
        {
          target: ['./components/**/*.enhance.ts', './client'],
          from: ['./lib/content/load-site.ts', './lib/seo/site-url.ts'],
          message: 'Browser code must not import the content loader or the site URL.',
        },
      ],
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  { files: ['**/*.{js,jsx,mjs,ts,tsx,mts,cts}'], rules: layering },
  // Turbopack loads its loaders with require().
  { files: ['scripts/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // The client islands that "Pages as documents" (issue 8) replaces with enhancement modules.
  {
    files: [
      'components/reader/article-tools.tsx',
      'components/reader/reader-settings.tsx',
      'components/search/search-app.tsx',
      'components/taxonomy/initiative-filter.tsx',
    ],
    rules: { 'react-hooks/set-state-in-effect': 'off' },
  },
  globalIgnores([
    '.next/**',
    '.next-hant/**',
    'out/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'bench-results/**',
    '.scratch/**',
    '.bench-floor/**',
    'tests/fixtures/**',
  ]),
]);
