import path from 'node:path';

// Tailwind resolves relative @import against its base when a stylesheet arrives without a file name (Next
// compiles globals.css once that way): make that base app/, where the stylesheets live, and name the sources.
const config = { plugins: { '@tailwindcss/postcss': { base: path.join(process.cwd(), 'app') } } };

export default config;
