/** Closing marks that belong to the sentence they end: quotes, brackets, ellipsis dots. */
const CLOSERS = '”’」』）)〕】…';

/**
 * Splits Chinese text into sentences at 。！？ (with any closing quotes or brackets right after).
 * Returns [start, end) offsets into `text`; the pieces cover the text exactly, so the offsets map
 * straight back to the DOM. Pieces that hold only whitespace are left out.
 */
export function splitSentences(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (!'。！？'.includes(text[i]!)) continue;
    let end = i + 1;
    while (end < text.length && ('。！？'.includes(text[end]!) || CLOSERS.includes(text[end]!))) end += 1;
    spans.push([start, end]);
    start = end;
    i = end - 1;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans.filter(([s, e]) => text.slice(s, e).trim() !== '');
}
