import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/reader/sentences';

const pieces = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));

describe('splitSentences', () => {
  it('splits at 。！？ and keeps the mark with its sentence', () => {
    expect(pieces('天下顺治在民富。天下和静在民乐！如何做大蛋糕？')).toEqual(['天下顺治在民富。', '天下和静在民乐！', '如何做大蛋糕？']);
  });

  it('keeps closing quotes, brackets and repeated marks with the sentence they end', () => {
    expect(pieces('他说：“日子越过越好。”村里人都笑了！？（完）')).toEqual(['他说：“日子越过越好。”', '村里人都笑了！？', '（完）']);
  });

  it('keeps a last sentence without a mark, and drops pieces that are only whitespace', () => {
    expect(pieces('第一句。\n 最后一句没有句号')).toEqual(['第一句。', '\n 最后一句没有句号']);
    expect(pieces('只有一句。  ')).toEqual(['只有一句。']);
    expect(pieces('')).toEqual([]);
  });

  it('does not split at commas, semicolons or colons', () => {
    expect(pieces('以“融”破题，以“享”落脚；以“智”促治：全力描绘。')).toEqual(['以“融”破题，以“享”落脚；以“智”促治：全力描绘。']);
  });

  it('covers the text exactly, so offsets map back to the page', () => {
    const text = '甲。乙！丙？丁';
    const spans = splitSentences(text);
    expect(spans.map(([s, e]) => text.slice(s, e)).join('')).toBe(text);
  });
});
