import { describe, expect, it } from 'vitest';
import { extractBlocks, parseBody } from '@/lib/content/article-blocks';
import { textHash } from '@/lib/content/block-ids';

const ids = (body: string) => extractBlocks(parseBody(body)).map((b) => b.id);

describe('block ids', () => {
  it('gives every heading, paragraph and figure a non-empty id', () => {
    const result = ids('导语。\n\n## 一节\n\n正文。\n\n<Figure caption="说明" />\n');
    expect(result).toHaveLength(4);
    for (const id of result) expect(id).toMatch(/^[hpf]-[0-9a-z]{7}(-\d+)?$/);
  });

  it('keeps an id when other paragraphs change', () => {
    const before = ids('甲。\n\n乙。\n\n丙。');
    const after = ids('新的一段。\n\n甲。\n\n乙。\n\n丙。');
    expect(after.slice(1)).toEqual(before);
  });

  it('numbers repeated text in document order', () => {
    const [first, second] = ids('同一句。\n\n同一句。');
    expect(second).toBe(`${first}-2`);
  });

  it('hashes deterministically', () => {
    expect(textHash('共同富裕')).toBe(textHash('共同富裕'));
    expect(textHash('共同富裕')).not.toBe(textHash('共同富'));
  });
});
