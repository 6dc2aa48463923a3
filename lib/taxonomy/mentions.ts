export type TermKind = 'place' | 'initiative';
export type Term = { text: string; kind: TermKind; id: string };
export type Mention = Term & { start: number; end: number };

/** Terms grouped by first character, longest first, so a scan tries 消薄“飞地” before 飞地. */
export type Matcher = ReadonlyMap<string, readonly Term[]>;

export function buildMatcher(terms: readonly Term[]): Matcher {
  const byFirst = new Map<string, Term[]>();
  for (const term of terms) {
    const first = term.text[0];
    if (!first) continue;
    byFirst.set(first, [...(byFirst.get(first) ?? []), term]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length || a.id.localeCompare(b.id));
  return byFirst;
}

/**
 * Leftmost-longest, non-overlapping matches: at each position the longest known name wins and the
 * scan resumes after it, so 消薄飞地 is one mention of 消薄飞地, never also one of 飞地.
 */
export function findMentions(text: string, matcher: Matcher): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < text.length) {
    const term = matcher.get(text[i]!)?.find((t) => text.startsWith(t.text, i));
    if (term) {
      mentions.push({ ...term, start: i, end: i + term.text.length });
      i += term.text.length;
    } else {
      i += 1;
    }
  }
  return mentions;
}
