// What the Traditional build converts, for the review list (scripts/traditional-review.ts and its test):
// every content file the loader reads, and the strings and JSX text of every source file of app/, components/
// and lib/ that scripts/traditional-loader.cjs converts. Each file is converted whole, as the build does, so
// every unit is the one the build produces; only what a reader sees is listed.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import { protectedTerms } from '../lib/content/protected-terms';
import { placeSchema } from '../lib/content/schema';
import { DICTIONARY_FILE, readTraditionalDictionary, termForms, type Dictionary } from '../lib/content/traditional-dictionary';
import { traditionalConverter, UNCONVERTED_MODULES } from '../lib/i18n/traditional';
import { initiativeSchema } from '../lib/taxonomy/schema';
import type { ReviewSource } from '../lib/i18n/traditional-review';

const CONTENT_FILES = /^(articles\/[^/]+\.mdx?|places\.yaml|taxonomy\/[^/]+\.yaml)$/;
const CODE_DIRS = ['app', 'components', 'lib'];
const CODE_FILES = /\.tsx?$/;

const filesUnder = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .sort();

/** YAML comments are converted too, but nobody reads them on the site. */
function withoutYamlComments(text: string): [number, number][] {
  const shown: [number, number][] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (!/^\s*#/.test(line)) shown.push([at, at + line.length + 1]);
    at += line.length + 1;
  }
  return shown;
}

/** The stretches of a TypeScript file that can reach a page: string and template literals, regexes, JSX text. */
function literalSpans(file: string, text: string): [number, number][] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const spans: [number, number][] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isRegularExpressionLiteral(node) ||
      ts.isJsxText(node)
    ) {
      spans.push([node.getStart(source), node.getEnd()]);
    }
    node.forEachChild(visit);
  };
  visit(source);
  return spans;
}

export function reviewSources(root: string): ReviewSource[] {
  const contentDir = path.join(root, 'content');
  const content = filesUnder(contentDir)
    .filter((file) => CONTENT_FILES.test(file) && file !== DICTIONARY_FILE)
    .map((file) => {
      const text = fs.readFileSync(path.join(contentDir, file), 'utf8');
      return { file: `content/${file}`, text, shown: file.endsWith('.yaml') ? withoutYamlComments(text) : undefined };
    });
  const unconverted = new Set<string>(UNCONVERTED_MODULES);
  const code = CODE_DIRS.flatMap((dir) =>
    filesUnder(path.join(root, dir))
      .map((file) => `${dir}/${file}`)
      .filter((file) => CODE_FILES.test(file) && !file.endsWith('.d.ts') && !unconverted.has(file))
      .map((file) => {
        const text = fs.readFileSync(path.join(root, file), 'utf8');
        return { file, text, shown: literalSpans(file, text) };
      }),
  );
  return [...content, ...code];
}

export function reviewDictionary(root: string): Dictionary {
  const { dictionary, issues } = readTraditionalDictionary(path.join(root, 'content'), (file) => path.relative(root, file));
  if (issues.length > 0) throw new Error(`${DICTIONARY_FILE}: ${issues.map((i) => `${i.file} › ${i.field}: ${i.message}`).join('; ')}`);
  return dictionary;
}

/**
 * Dictionary lines to review for the protected terms that have none yet (a new person, place or initiative),
 * with the form the converter gives them today. The content check names the same terms; this saves typing them.
 */
export function proposedEntries(root: string, dictionary: Dictionary): string[] {
  const read = (file: string) => fs.readFileSync(path.join(root, 'content', file), 'utf8');
  const list = <T>(file: string, schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } }) => {
    const raw: unknown = parseYaml(read(file));
    return (Array.isArray(raw) ? raw : []).flatMap((item) => {
      const parsed = schema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  };
  const articles = filesUnder(path.join(root, 'content/articles'))
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const { data, content } = matter(read(`articles/${file}`));
      const people = Array.isArray(data.people)
        ? data.people.flatMap((p: unknown) => (p && typeof p === 'object' && 'name' in p && typeof p.name === 'string' ? [{ name: p.name }] : []))
        : [];
      const credits = Array.isArray(data.credits) ? data.credits.filter((c: unknown): c is string => typeof c === 'string') : [];
      return { file: `content/articles/${file}`, people, credits, body: content };
    });
  const terms = protectedTerms({
    places: { file: 'content/places.yaml', items: list('places.yaml', placeSchema) },
    initiatives: { file: 'content/taxonomy/initiatives.yaml', items: list('taxonomy/initiatives.yaml', initiativeSchema) },
    articles,
  });
  const listed = new Set(dictionary.entries.map((entry) => entry.hans));
  const convert = traditionalConverter(termForms(dictionary)).convert;
  const missing = new Map(terms.filter((term) => !listed.has(term.text)).map((term) => [term.text, term]));
  return [...missing.values()].map(
    (term) => `- { hans: ${JSON.stringify(term.text)}, hant: ${JSON.stringify(convert(term.text))}, kind: "${term.kind}" }  # ${term.file} ${term.field}`,
  );
}
