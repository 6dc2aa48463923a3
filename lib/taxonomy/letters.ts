/** Letters and digits only (NFKC-folded): the form in which quotes are matched to paragraphs. */
export function lettersOnly(text: string): string {
  return text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
}
