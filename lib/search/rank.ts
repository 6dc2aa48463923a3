/** A match of one alternative of query term `term`, in folded units. */
export type Occurrence = { start: number; end: number; term: number };

/** The matches in order, an alternative inside a longer one of the same term counted once. */
export function distinctOccurrences(matches: Occurrence[], terms: number): Occurrence[] {
  const found: Occurrence[] = [];
  for (let term = 0; term < terms; term += 1) {
    const own = matches.filter((o) => o.term === term).sort((a, b) => a.start - b.start || b.end - a.end);
    let reach = -1;
    for (const o of own) {
      if (o.end <= reach) continue;
      found.push(o);
      reach = o.end;
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end || a.term - b.term);
}

/** How many matches, and the shortest stretch holding every term (Infinity when some term is missing). */
export function rank(matches: Occurrence[], terms: number): { count: number; span: number } {
  const found = distinctOccurrences(matches, terms);
  const inWindow = new Map<number, number>();
  let span = Infinity;
  for (let left = 0, right = 0; right < found.length; right += 1) {
    inWindow.set(found[right]!.term, (inWindow.get(found[right]!.term) ?? 0) + 1);
    while (inWindow.size === terms) {
      const first = found[left]!;
      let end = first.end;
      for (let k = left + 1; k <= right; k += 1) end = Math.max(end, found[k]!.end);
      span = Math.min(span, end - first.start);
      const remaining = inWindow.get(first.term)! - 1;
      if (remaining === 0) inWindow.delete(first.term);
      else inWindow.set(first.term, remaining);
      left += 1;
    }
  }
  return { count: found.length, span };
}
