import fs from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { ContentIssue } from './content-error';
import { text } from './schema';
import { isTraditionalRendering } from '../i18n/traditional-forms';
import type { TermForm } from '../i18n/traditional';

/** content/ file of the reviewed Traditional forms; it is read as written, never converted. */
export const DICTIONARY_FILE = 'traditional-dictionary.yaml';

/**
 * person, credit, place and initiative entries are the content's protected terms, each required (the check
 * below); brand is a name the site or the reports use as a brand; word corrects OpenCC on an ordinary word.
 */
export const TERM_KINDS = ['person', 'credit', 'place', 'initiative', 'brand', 'word'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

const entrySchema = z.object({ hans: text, hant: text, kind: z.enum(TERM_KINDS), note: text.optional() }).strict();
export type DictionaryEntry = z.infer<typeof entrySchema> & { line: number };

export type Dictionary = { file: string; entries: DictionaryEntry[] };

/** The entries as the converter takes them. */
export const termForms = (dictionary: Dictionary): TermForm[] => dictionary.entries.map(({ hans, hant }) => ({ hans, hant }));

/** Reads and checks the dictionary: each entry valid, once only, and a character-by-character Traditional rendering. */
export function readTraditionalDictionary(contentDir: string, rel: (file: string) => string): { dictionary: Dictionary; issues: ContentIssue[] } {
  const full = path.join(contentDir, DICTIONARY_FILE);
  const file = rel(full);
  const dictionary: Dictionary = { file, entries: [] };
  const issues: ContentIssue[] = [];
  const lines = new LineCounter();
  let document;
  try {
    document = parseDocument(fs.readFileSync(full, 'utf8'), { lineCounter: lines });
  } catch (error) {
    return { dictionary, issues: [{ file, field: '(file)', message: `无法读取: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const list = document.contents;
  if (document.errors.length > 0 || !isSeq(list)) {
    return { dictionary, issues: [{ file, field: '(file)', message: document.errors[0]?.message.split('\n')[0] ?? '须是一个列表 (must be a YAML list)' }] };
  }
  const seen = new Map<string, number>();
  list.items.forEach((item, index) => {
    const line = lines.linePos(isMap(item) && item.range ? item.range[0] : 0).line;
    const at = `${file}:${line}`;
    const parsed = entrySchema.safeParse(isMap(item) ? item.toJSON() : item);
    if (!parsed.success) {
      issues.push(...parsed.error.issues.map((issue) => ({ file: at, field: `[${index}].${issue.path.join('.')}`, message: issue.message })));
      return;
    }
    const { hans, hant } = parsed.data;
    const earlier = seen.get(hans);
    if (earlier !== undefined) issues.push({ file: at, field: `[${index}].hans`, message: `“${hans}”已在第 ${earlier} 行列出 (duplicate entry)` });
    else if ([...hans].length < 2) issues.push({ file: at, field: `[${index}].hans`, message: `“${hans}”只有一个字：单字会在别的词里被误换 (a term needs two characters or more)` });
    else if (!isTraditionalRendering(hans, hant))
      issues.push({ file: at, field: `[${index}].hant`, message: `“${hant}”不是“${hans}”逐字的繁体写法 (each character must be one of its Traditional forms)` });
    seen.set(hans, line);
    dictionary.entries.push({ ...parsed.data, line });
  });
  issues.push(...inconsistentEntries(dictionary));
  return { dictionary, issues };
}

/**
 * A term inside a longer one must read the same in both (幸福颐养乐清 holds 乐清: 樂清 in each), or a mention
 * of the shorter one would not be found inside the longer one on the Traditional pages.
 */
function inconsistentEntries({ file, entries }: Dictionary): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const outer of entries) {
    const hans = [...outer.hans];
    const hant = [...outer.hant];
    for (const inner of entries) {
      if (inner === outer || !outer.hans.includes(inner.hans)) continue;
      const length = [...inner.hans].length;
      for (let i = 0; i + length <= hans.length; i += 1) {
        if (hans.slice(i, i + length).join('') === inner.hans && hant.slice(i, i + length).join('') !== inner.hant) {
          issues.push({ file: `${file}:${outer.line}`, field: 'hant', message: `“${outer.hant}”中的“${inner.hans}”与第 ${inner.line} 行的“${inner.hant}”写法不同 (a term inside another must read the same)` });
          break;
        }
      }
    }
  }
  return issues;
}
