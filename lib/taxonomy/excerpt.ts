export type Excerpt = { before: string; match: string; after: string };

/** A window of text around one match, cut at about `radius` characters on each side. */
export function excerpt(text: string, start: number, end: number, radius = 36): Excerpt {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  return {
    before: `${from > 0 ? '…' : ''}${text.slice(from, start)}`,
    match: text.slice(start, end),
    after: `${text.slice(end, to)}${to < text.length ? '…' : ''}`,
  };
}
