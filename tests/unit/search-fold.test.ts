import { describe, expect, it } from 'vitest';
import { BREAK, fold, foldMapFromPairs, foldMapToPairs, foldWithOffsets, queryTerms } from '@/lib/search/fold';
import { restrictFoldMap, traditionalFoldMap } from '@/lib/search/fold-map';

const map = traditionalFoldMap();

describe('traditionalFoldMap', () => {
  it('simplifies Traditional characters and Taiwan/Hong Kong variants, one code point to one', () => {
    expect(fold('對口支援 飛地 數字經濟 鄉村振興 溫州 樂清 養老', map)).toBe('对口支援飞地数字经济乡村振兴温州乐清养老');
    expect(fold('臺灣 峯 裏', map)).toBe('台湾峰里');
    for (const [from, to] of map) expect([[...from].length, [...to].length]).toEqual([1, 1]);
  });

  it('leaves Simplified text as it is', () => {
    const simplified = '萧山坚持以满足人民对美好生活的向往为出发点和落脚点';
    expect(fold(simplified, map)).toBe(simplified);
  });

  it('keeps only the pairs whose Simplified side the texts contain, and round-trips as pairs', () => {
    const small = restrictFoldMap(map, ['飞地']);
    expect([...small.values()].every((to) => to === '飞' || to === '地')).toBe(true);
    expect(small.get('飛')).toBe('飞');
    expect(foldMapFromPairs(foldMapToPairs(small))).toEqual(small);
  });
});

describe('fold', () => {
  it('folds full-width forms and Latin case', () => {
    expect(fold('ＡＢＣ１２３ GDP ｇｄｐ', map)).toBe('abc123gdpgdp');
  });

  it('drops quotes, brackets, dashes, symbols and spaces inside names', () => {
    expect(fold('消薄“飞地”', map)).toBe('消薄飞地');
    expect(fold('“抱团富”联盟', map)).toBe('抱团富联盟');
    expect(fold('共享社·幸福里', map)).toBe('共享社幸福里');
    expect(fold('平湖-青田 山海协作《方案》（试行）1+8+N', map)).toBe('平湖青田山海协作方案试行18n');
  });

  it('turns clause punctuation into one break, never at the ends', () => {
    expect(fold('对口支援，帮扶。', map)).toBe(`对口支援${BREAK}帮扶`);
    expect(fold('……养老、托育！？', map)).toBe(`养老${BREAK}托育`);
  });

  it('keeps a decimal point and drops a thousands comma inside numbers', () => {
    expect(fold('3.5个，1,000元', map)).toBe(`3.5个${BREAK}1000元`);
    expect(fold('年产值1.5亿元。下', map)).toBe(`年产值1.5亿元${BREAK}下`);
  });

  it('drops emoji, control characters, NUL and lone surrogates without throwing', () => {
    expect(fold('飞\u0000地😀\uD800养\uDC00老\u200B', map)).toBe('飞地养老');
  });

  it('maps every folded unit back to the source characters it came from', () => {
    const text = '平湖、青田山海协作消薄“飞地”产业园';
    const folded = foldWithOffsets(text, map);
    expect(folded.text).toBe(fold(text, map));
    const at = folded.text.indexOf('飞地产业');
    expect(text.slice(folded.from[at], folded.to[at + 3])).toBe('飞地”产业');
    const astral = foldWithOffsets('𠀀飞', map);
    expect(astral.from).toEqual([0, 0, 2]);
  });
});

describe('queryTerms', () => {
  it('splits at spaces (ideographic too) and clause punctuation, folds, and drops duplicates', () => {
    expect(queryTerms('  平湖 飞地　飛地，養老 ', map)).toEqual(['平湖', '飞地', '养老']);
  });

  it('gives no terms for input without letters or numbers', () => {
    for (const input of ['', '   ', '，。！？“”……', '😀🎉', '\u0000', '\uD800\uDC00'.slice(0, 1), '.*+?^${}()|[]\\/'])
      expect(queryTerms(input, map)).toEqual([]);
  });

  it('treats markup and regex characters as plain text', () => {
    expect(queryTerms('<script>alert(1)</script>', map)).toEqual(['scriptalert1script']);
    expect(queryTerms('飞地.*', map)).toEqual(['飞地']);
  });
});
