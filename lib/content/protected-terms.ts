import { visit } from 'unist-util-visit';
import { parseBody } from './article-blocks';
import type { ContentIssue } from './content-error';
import { jsxAttribute } from './mdx-attributes';
import type { Place } from './schema';
import type { Dictionary, TermKind } from './traditional-dictionary';
import type { Script } from '../i18n/script';
import type { Initiative } from '../taxonomy/schema';

/** A name the content gives, which the dictionary must list with its reviewed Traditional form. */
export type ProtectedTerm = { text: string; kind: TermKind; file: string; field: string };

type Sources = {
  places: { file: string; items: readonly Place[] };
  initiatives: { file: string; items: readonly Initiative[] };
  articles: readonly { file: string; body: string; people: readonly { name: string }[]; credits: readonly string[] }[];
};

/** People (bylines, credits, speakers), places and initiatives, with where each is written. */
export function protectedTerms({ places, initiatives, articles }: Sources): ProtectedTerm[] {
  const named = (file: string, kind: TermKind, list: readonly { name: string; aliases: readonly string[] }[]) =>
    list.flatMap((entry, i) => [
      { text: entry.name, kind, file, field: `[${i}].name` },
      ...entry.aliases.map((alias, j) => ({ text: alias, kind, file, field: `[${i}].aliases[${j}]` })),
    ]);
  return [
    ...articles.flatMap((article) => [
      ...article.people.map((p, i): ProtectedTerm => ({ text: p.name, kind: 'person', file: article.file, field: `people[${i}].name` })),
      ...article.credits.map((credit, i): ProtectedTerm => ({ text: credit, kind: 'credit', file: article.file, field: `credits[${i}]` })),
      ...bodyNames(article.body).map((term) => ({ ...term, file: article.file })),
    ]),
    ...named(places.file, 'place', places.items),
    ...named(initiatives.file, 'initiative', initiatives.items),
  ];
}

function bodyNames(body: string): Omit<ProtectedTerm, 'file'>[] {
  const names: Omit<ProtectedTerm, 'file'>[] = [];
  visit(parseBody(body), (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const attribute = node.name === 'Voice' || node.name === 'Byline' ? 'name' : node.name === 'Figure' ? 'credit' : undefined;
    const value = attribute && jsxAttribute(node, attribute);
    if (value) names.push({ text: value, kind: attribute === 'credit' ? 'credit' : 'person', field: `body <${node.name} ${attribute}>` });
  });
  return names;
}

/**
 * Every protected term must have a reviewed Traditional form. A build reads the content in its own script,
 * so the Traditional build finds its terms among the dictionary's Traditional forms. `read` gives a file as
 * the build reads it, to name the line.
 */
export function dictionaryCoverageIssues(terms: readonly ProtectedTerm[], dictionary: Dictionary, script: Script, read: (file: string) => string): ContentIssue[] {
  const listed = new Set(dictionary.entries.map((entry) => (script === 'hant' ? entry.hant : entry.hans)));
  const missing = new Map<string, ProtectedTerm>();
  for (const term of terms) if (!listed.has(term.text) && !missing.has(`${term.file} ${term.text}`)) missing.set(`${term.file} ${term.text}`, term);
  return [...missing.values()].map((term) => ({
    file: `${term.file}:${lineOf(read(term.file), term.text)}`,
    field: term.field,
    message: `“${term.text}”（${term.kind}）在 ${dictionary.file} 中没有审定的繁体写法 (no reviewed Traditional form: add { hans, hant, kind })`,
  }));
}

/** The line that writes the term: quoted as a value if it is, and never a YAML comment. */
function lineOf(text: string, term: string): number {
  const lines = text.split('\n').map((line) => (/^\s*#/.test(line) ? '' : line));
  const quoted = lines.findIndex((line) => line.includes(`"${term}"`));
  return (quoted >= 0 ? quoted : lines.findIndex((line) => line.includes(term))) + 1;
}
