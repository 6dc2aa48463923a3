import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { termForms } from '@/lib/content/traditional-dictionary';
import { traditionalConverter } from '@/lib/i18n/traditional';
import { mergeReview, parseReview, reviewEntries, reviewProblems, type ReviewEntry } from '@/lib/i18n/traditional-review';
import { reviewDictionary, reviewSources } from '../../scripts/traditional-review-sources';

const root = path.join(__dirname, '../..');
const REVIEW_FILE = path.join(root, 'tests/fixtures/traditional-review.tsv');

describe('the review list of the Traditional edition', () => {
  const dictionary = reviewDictionary(root);
  const converter = traditionalConverter(termForms(dictionary));
  const sources = reviewSources(root);
  const entries = reviewEntries(sources, converter);
  const reviewed = parseReview(fs.readFileSync(REVIEW_FILE, 'utf8'));

  it('has every form the converter produces reviewed, and nothing else (npm run traditional-review)', () => {
    expect(entries.length).toBeGreaterThan(500);
    expect(reviewProblems(entries, reviewed)).toEqual([]);
  });

  it('lists the forms the issue found, as reviewed', () => {
    const form = (key: string) => reviewed.find((line) => line.key === key)?.hant;
    expect(form('[岳立]')).toBe('岳立');
    expect(form('[干大爷]')).toBe('干大爺');
    // 旺苍 is a term with no one-to-many character; what it saves is 发展 from being read as 苍发 (蒼髮).
    expect(form('[发展]')).toBe('發展');
    expect(reviewed.filter((line) => line.key.includes('苍发'))).toEqual([]);
    expect(form('[共富浙里]')).toBe('共富浙里');
    expect(form('[共享社·幸福里]')).toBe('共享社·幸福里');
  });

  it('uses every dictionary entry somewhere in the content or the UI', () => {
    const used = new Set(
      sources.flatMap((source) =>
        converter
          .units(source.text)
          .filter((u) => u.by === 'term')
          .map((u) => u.hans),
      ),
    );
    expect(dictionary.entries.filter((entry) => !used.has(entry.hans)).map((entry) => `${dictionary.file}:${entry.line} ${entry.hans}`)).toEqual([]);
  });
});

describe('review problems', () => {
  const entry = (key: string, hant: string): ReviewEntry => ({ key, hant, by: 'plain', count: 1, where: 'x.mdx:1', context: key, converted: hant });
  const lines = mergeReview([entry('人[干]大', '幹'), entry('[发展]', '發展')], []).map((line) => ({ ...line, status: 'ok' }));

  it('are none when the review matches', () => {
    expect(reviewProblems([entry('人[干]大', '幹'), entry('[发展]', '發展')], lines)).toEqual([]);
  });

  it('name an unreviewed form, a changed one, one not yet ok, and one that no longer occurs', () => {
    const problems = reviewProblems([entry('人[干]大', '干'), entry('[头发]', '頭髮')], [...lines, { ...entry('[岳立]', '岳立'), status: 'new' }]);
    expect(problems).toEqual([
      '人[干]大 → 干 (x.mdx:1): the review says 幹',
      '[头发] → 頭髮 (x.mdx:1): not reviewed: [头发]',
      '[发展] → 發展: no longer occurs',
      '[岳立] → 岳立: no longer occurs',
    ]);
    expect(reviewProblems([entry('[岳立]', '岳立')], [{ ...entry('[岳立]', '岳立'), status: 'new' }])).toEqual([
      '[岳立] → 岳立 (x.mdx:1): status “new”, not ok',
    ]);
  });

  it('keep a reviewer’s ok only while the form is unchanged', () => {
    expect(mergeReview([entry('人[干]大', '干'), entry('[发展]', '發展')], lines).map((line) => line.status)).toEqual(['new', 'ok']);
  });
});
