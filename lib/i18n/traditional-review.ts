import type { TraditionalConverter, Unit } from './traditional';
import { isAmbiguous, traditionalForms } from './traditional-forms';

/** A text the Traditional build converts, and the stretches of it a reader sees (all of it when omitted). */
export type ReviewSource = { file: string; text: string; shown?: readonly (readonly [number, number])[] };

/**
 * One choice the converter makes: a unit holding a character with more than one Traditional form, and the form
 * it gets. A term or an OpenCC phrase decides its characters' forms as a whole, so it is one entry wherever it
 * occurs; a character converted on its own has no context but its neighbours, so they are part of its key
 * (人[干]大 and 若[干]年 are two entries).
 */
export type ReviewEntry = {
  key: string;
  hant: string;
  by: Unit['by'];
  count: number;
  /** file:line of the first occurrence. */
  where: string;
  /** The first occurrence in its sentence, before and after conversion. */
  context: string;
  converted: string;
};

const HAN = /\p{Script=Han}/u;
const CONTEXT = 12;

/** Every unit with an ambiguous character that a reader sees, grouped by key, in a stable order. */
export function reviewEntries(sources: readonly ReviewSource[], converter: TraditionalConverter): ReviewEntry[] {
  const forms = traditionalForms();
  const entries = new Map<string, ReviewEntry>();
  for (const { file, text, shown } of sources) {
    const visible = (at: number) => !shown || shown.some(([start, end]) => at >= start && at < end);
    const record = (at: number, length: number, key: string, hant: string, by: Unit['by']) => {
      const id = `${key}\t${hant}`;
      const entry = entries.get(id);
      if (entry) {
        entry.count += 1;
        return;
      }
      const [start, end] = sentenceAround(text, at, at + length);
      const context = `${text.slice(start, at)}【${text.slice(at, at + length)}】${text.slice(at + length, end)}`;
      const line = text.slice(0, at).split('\n').length;
      entries.set(id, { key, hant, by, count: 1, where: `${file}:${line}`, context, converted: converter.convert(context) });
    };
    let at = 0;
    for (const unit of converter.units(text)) {
      const chars = [...unit.hans];
      if (unit.by !== 'plain') {
        if (chars.some((c) => isAmbiguous(c, forms)) && visible(at)) record(at, unit.hans.length, `[${unit.hans}]`, unit.hant, unit.by);
      } else {
        const converted = [...unit.hant];
        let offset = at;
        chars.forEach((char, i) => {
          if (isAmbiguous(char, forms) && visible(offset)) {
            const before = [...text.slice(0, offset)].at(-1) ?? '';
            const after = [...text.slice(offset + char.length)][0] ?? '';
            const key = `${HAN.test(before) ? before : ''}[${char}]${HAN.test(after) ? after : ''}`;
            record(offset, char.length, key, converted.length === chars.length ? (converted[i] ?? '') : unit.hant, 'plain');
          }
          offset += char.length;
        });
      }
      at += unit.hans.length;
    }
  }
  return [...entries.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.hant < b.hant ? -1 : a.hant > b.hant ? 1 : 0));
}

/** The stretch around a unit, cut at sentence ends and line breaks and at most CONTEXT characters each side. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  const stop = /[。！？；\n]/;
  let from = start;
  while (from > 0 && start - from < CONTEXT && !stop.test(text[from - 1] ?? '')) from -= 1;
  let to = end;
  while (to < text.length && to - end < CONTEXT && !stop.test(text[to] ?? '')) to += 1;
  return [from, to];
}

const COLUMNS = ['status', 'key', 'hant', 'by', 'count', 'where', 'context', 'converted'] as const;

/** The review file: one entry a line, tab-separated, with the reviewer's status first (ok = reviewed and right). */
export type ReviewLine = ReviewEntry & { status: string };

export function formatReview(lines: readonly ReviewLine[]): string {
  const clean = (value: string | number) => String(value).replace(/[\t\n]/g, ' ');
  return [COLUMNS.join('\t'), ...lines.map((line) => COLUMNS.map((column) => clean(line[column])).join('\t'))].join('\n') + '\n';
}

export function parseReview(text: string): ReviewLine[] {
  const [header, ...rows] = text.split('\n').filter((row) => row.trim() !== '');
  if (header !== COLUMNS.join('\t')) throw new Error(`review file: the first line must be the header ${COLUMNS.join(' ')}`);
  return rows.map((row, i) => {
    const cells = row.split('\t');
    if (cells.length !== COLUMNS.length) throw new Error(`review file line ${i + 2}: ${cells.length} columns, expected ${COLUMNS.length}`);
    const [status = '', key = '', hant = '', by = '', count = '', where = '', context = '', converted = ''] = cells;
    if (by !== 'term' && by !== 'phrase' && by !== 'plain') throw new Error(`review file line ${i + 2}: unknown unit kind “${by}”`);
    return { status, key, hant, by, count: Number(count), where, context, converted };
  });
}

/**
 * The new review file: every entry the converter produces now, keeping the reviewer's "ok" where the entry and
 * its form are unchanged; anything new or changed is marked "new" for review.
 */
export function mergeReview(entries: readonly ReviewEntry[], previous: readonly ReviewLine[]): ReviewLine[] {
  const reviewed = new Set(previous.filter((line) => line.status === 'ok').map((line) => `${line.key}\t${line.hant}`));
  return entries.map((entry) => ({ status: reviewed.has(`${entry.key}\t${entry.hant}`) ? 'ok' : 'new', ...entry }));
}

/** What fails the review test: forms the converter produces that nobody reviewed, and reviewed entries that no longer occur. */
export function reviewProblems(entries: readonly ReviewEntry[], lines: readonly ReviewLine[]): string[] {
  const byKey = new Map(lines.map((line) => [line.key, line]));
  const current = new Set(entries.map((entry) => `${entry.key}\t${entry.hant}`));
  const problems: string[] = [];
  for (const entry of entries) {
    const line = lines.find((l) => l.key === entry.key && l.hant === entry.hant);
    const other = byKey.get(entry.key);
    if (!line && other) problems.push(`${entry.key} → ${entry.hant} (${entry.where}): the review says ${other.hant}`);
    else if (!line) problems.push(`${entry.key} → ${entry.hant} (${entry.where}): not reviewed: ${entry.context}`);
    else if (line.status !== 'ok') problems.push(`${entry.key} → ${entry.hant} (${entry.where}): status “${line.status}”, not ok`);
  }
  for (const line of lines)
    if (!current.has(`${line.key}\t${line.hant}`) && !entries.some((e) => e.key === line.key)) problems.push(`${line.key} → ${line.hant}: no longer occurs`);
  return problems;
}
