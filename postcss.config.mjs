import path from 'node:path';

// Tailwind resolves relative @import against its base when a stylesheet arrives without a file name (Next
// compiles globals.css once that way): make that base app/, where the stylesheets live, and name the sources.
export default { plugins: { '@tailwindcss/postcss': { base: path.join(process.cwd(), 'app') } } };
