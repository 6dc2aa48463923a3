// npm run traditional-review: writes the review list of the Traditional edition (tests/fixtures/traditional-review.tsv),
// every place where a character with more than one Traditional form is converted, with its context and form.
// Entries already reviewed keep their "ok" while their form is unchanged; new or changed ones are marked "new".
// Review each "new" line (fix content/traditional-dictionary.yaml where the form is wrong, rerun), then set it to ok.
import fs from 'node:fs';
import path from 'node:path';
import { termForms } from '../lib/content/traditional-dictionary';
import { traditionalConverter } from '../lib/i18n/traditional';
import { formatReview, mergeReview, parseReview, reviewEntries } from '../lib/i18n/traditional-review';
import { proposedEntries, reviewDictionary, reviewSources } from './traditional-review-sources';

const REVIEW_FILE = 'tests/fixtures/traditional-review.tsv';

const root = path.resolve(__dirname, '..');
const file = path.join(root, REVIEW_FILE);
const dictionary = reviewDictionary(root);
const proposed = proposedEntries(root, dictionary);
if (proposed.length > 0) {
  console.log(`traditional-review: ${proposed.length} protected terms have no entry in content/traditional-dictionary.yaml.`);
  console.log('Review each form below (names and brands keep their own characters), then add the lines:');
  console.log(proposed.join('\n'));
}
const converter = traditionalConverter(termForms(dictionary));
const entries = reviewEntries(reviewSources(root), converter);
const previous = fs.existsSync(file) ? parseReview(fs.readFileSync(file, 'utf8')) : [];
const lines = mergeReview(entries, previous);
fs.writeFileSync(file, formatReview(lines));
const fresh = lines.filter((line) => line.status !== 'ok').length;
console.log(`traditional-review: ${lines.length} entries in ${REVIEW_FILE}, ${fresh} to review`);
