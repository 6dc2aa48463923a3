// What the Traditional build converts, for the review list (scripts/traditional-review.ts and its test):
// every content file the loader reads, and the strings and JSX text of every source file of app/, components/
// and lib/ that scripts/traditional-loader.cjs converts. Each file is converted whole, as the build does, so
// every unit is the one the build produces; only what a reader sees is listed.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { DICTIONARY_FILE, readTraditionalDictionary, type Dictionary } from '../lib/content/traditional-dictionary';
import { UNCONVERTED_MODULES } from '../lib/i18n/traditional';
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
