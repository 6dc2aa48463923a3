// npm run check:content: reads content/ with the build's own loader (schemas, evidence quotes, mentions)
// and prints every problem at once. Exits 1 when there is any.
import path from 'node:path';
import { ContentError } from '../lib/content/content-error';
import { loadSite } from '../lib/content/load-site';

try {
  const site = loadSite(path.join(process.cwd(), 'content'));
  console.log(`check:content: ${site.articles.length} reports, ${site.places.length} places, ${site.initiatives.length} initiatives: no problems`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
