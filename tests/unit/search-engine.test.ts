import { describe, expect, it } from 'vitest';
import { foldMapToPairs } from '@/lib/search/fold';
import { restrictFoldMap, traditionalFoldMap } from '@/lib/search/fold-map';
import { createEngine, highlight, placeOptions, placeSubtree, search, snippet, type Segment } from '@/lib/search/engine';
import type { SearchIndexData } from '@/lib/search/index-data';

const texts = [
  '平湖、青田山海协作消薄“飞地”产业园内一幢幢标准厂房拔地而起。',
  '萧山对口支援康定，加大消费帮扶。',
  '打造消薄飞地，消薄飞地是重要方式，飞地抱团也是。',
  '飞地在这里，很远很远很远很远很远很远很远很远的地方才有抱团。',
  '飞地就在抱团旁边。',
  '青田医联体',
];
const data: SearchIndexData = {
  version: 1,
  fold: foldMapToPairs(restrictFoldMap(traditionalFoldMap(), ['对口支援飞地抱团养老医'])),
  places: [
    ['zhejiang', '浙江省', -1, ['浙江']],
    ['pinghu', '平湖市', 0, ['平湖']],
    ['qingtian', '青田县', 0, []],
    ['xiaoshan', '萧山区', 0, ['萧山']],
    ['kangding', '康定市', -1, []],
  ],
  categories: [
    ['enclave', '飞地经济'],
    ['public-services', '公共服务·一老一小'],
  ],
  initiatives: [
    ['feidi-baotuan', '飞地抱团', [], 0, [3], '萧山的全区性共富项目。'],
    ['xiaobo-feidi', '消薄飞地', ['消薄“飞地”'], 0, [1], '平湖的模式。'],
    ['yigongti', '医共体', ['医联体'], 1, [2], '县域医疗。'],
    ['duikou-zhiyuan', '对口支援', [], 0, [3, 4], '萧山与康定。'],
  ],
  articles: [
    ['pinghu', '聚力“抱团富” 打造新样板', '', [1]],
    ['xiaoshan', '对口协作促发展', '两会特别报道', [3]],
  ],
  blocks: [
    [0, 'p-a', 'paragraph', texts[0]!, -1, [1, 2], [1]],
    [1, 'p-b', 'paragraph', texts[1]!, -1, [3, 4], [3]],
    [0, 'p-c', 'paragraph', texts[2]!, -1, [1], [1, 0]],
    [0, 'p-d', 'paragraph', texts[3]!, -1, [1], [0]],
    [0, 'p-e', 'paragraph', texts[4]!, -1, [1], [0]],
    [0, 'p-f', 'paragraph', texts[5]!, -1, [2], [2]],
  ],
};
const engine = createEngine(data);
const blockIds = (query: string, filters = {}) => search(engine, query, filters).blocks.map((h) => data.blocks[h.index]![1]);
const initiativeIds = (query: string, filters = {}) => search(engine, query, filters).initiatives.map((h) => `${data.initiatives[h.index]![0]}:${h.tier}`);
const marked = (segments: Segment[]) => segments.map((s) => (s.hit ? `[${s.text}]` : s.text)).join('');

describe('matching', () => {
  it('finds a two-character term inside longer compounds, across quotes', () => {
    expect(blockIds('飞地')).toEqual(expect.arrayContaining(['p-a', 'p-c', 'p-d', 'p-e']));
    expect(blockIds('地产业')).toEqual(['p-a']);
  });

  it('never matches characters that occur apart', () => {
    expect(blockIds('对口帮扶')).toEqual([]);
    expect(blockIds('飞地抱团')).toEqual(['p-c']);
  });

  it('requires every space-separated word in the same block', () => {
    expect(blockIds('平湖 飞地')).toEqual(['p-a']);
    expect(blockIds('飞地 康定')).toEqual([]);
  });

  it('folds Traditional and full-width queries', () => {
    expect(blockIds('對口支援')).toEqual(['p-b']);
    expect(blockIds('飛地　抱團')).toEqual(blockIds('飞地 抱团'));
  });

  it('matches characters beyond the Basic Multilingual Plane, alone or in a word', () => {
    const local = createEngine({ ...data, blocks: [[0, 'p-x', 'paragraph', '马厰村与𠀀字村', -1, [], []]] });
    expect(search(local, '𠀀').blocks).toHaveLength(1);
    expect(search(local, '𠀀字').blocks).toHaveLength(1);
    expect(search(local, '字𠀀').blocks).toHaveLength(0);
  });

  it('lets an initiative name find the blocks that use its aliases, but not the other way round', () => {
    expect(blockIds('医共体')).toEqual(['p-f']);
    expect(blockIds('医联体')).toEqual(['p-f']);
    expect(initiativeIds('医联体')).toEqual(['yigongti:alias']);
  });
});

describe('ranking', () => {
  it('puts the exact name first, then an alias, then names and details that contain the words', () => {
    expect(initiativeIds('消薄飞地')).toEqual(['xiaobo-feidi:name']);
    // 对口支援 is filed under 飞地经济 here: a category name counts as a detail.
    expect(initiativeIds('飞地')).toEqual(['feidi-baotuan:in-name', 'xiaobo-feidi:in-name', 'duikou-zhiyuan:in-details']);
    expect(initiativeIds('萧山')).toEqual(['feidi-baotuan:in-details', 'duikou-zhiyuan:in-details']);
  });

  it('ranks blocks by more matches, then closer matches, then position; the same every time', () => {
    expect(blockIds('飞地')).toEqual(['p-c', 'p-a', 'p-d', 'p-e']);
    expect(blockIds('飞地 抱团')).toEqual(['p-c', 'p-e', 'p-d']);
    expect(blockIds('飞地 抱团')).toEqual(blockIds('抱团 飞地'));
  });

  it('finds report titles through their words, quotes folded', () => {
    expect(search(engine, '抱团富').reports).toEqual([0]);
    expect(search(engine, '两会 报道').reports).toEqual([1]);
  });
});

describe('filters', () => {
  it('filter by a place includes the places below it', () => {
    expect(placeSubtree(data, 'zhejiang')).toEqual(new Set([0, 1, 2, 3]));
    expect(blockIds('飞地', { place: 'zhejiang' })).toHaveLength(4);
    expect(blockIds('医', { place: 'qingtian' })).toEqual(['p-f']);
    expect(blockIds('对口支援', { place: 'pinghu' })).toEqual([]);
    expect(initiativeIds('萧山', { place: 'kangding' })).toEqual(['duikou-zhiyuan:in-details']);
  });

  it('filter by category keeps initiatives of it and blocks that name one', () => {
    expect(initiativeIds('医', { category: 'public-services' })).toEqual(['yigongti:in-name']);
    expect(blockIds('飞地', { category: 'public-services' })).toEqual([]);
    const filtered = search(engine, '飞地', { category: 'public-services' });
    expect(filtered.unfiltered).toBeGreaterThan(0);
  });

  it('offers the places that have something, with their ancestors, in tree order', () => {
    expect(placeOptions(data).map((p) => `${'-'.repeat(p.depth)}${p.id}`)).toEqual(['zhejiang', '-pinghu', '-qingtian', '-xiaoshan', 'kangding']);
  });
});

describe('highlighting', () => {
  it('marks the source characters of each match, quotes inside a match included', () => {
    expect(marked(highlight(engine, texts[0]!, ['飞地产业']))).toBe('平湖、青田山海协作消薄“[飞地”产业]园内一幢幢标准厂房拔地而起。');
    expect(marked(highlight(engine, '萧山“飞地”', search(engine, '飛地').terms))).toBe('萧山“[飞地]”');
  });

  it('cuts long blocks to a window around the densest matches', () => {
    const long = `${'很'.repeat(200)}飞地${'远'.repeat(200)}`;
    const local = createEngine({ ...data, blocks: [[0, 'p-x', 'paragraph', long, -1, [], []]] });
    const parts = snippet(local, 0, ['飞地'], 40);
    expect(parts[0]).toEqual({ text: '…', hit: false });
    expect(parts.at(-1)).toEqual({ text: '…', hit: false });
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['飞地']);
    expect(parts.map((p) => p.text).join('').length).toBeLessThanOrEqual(42);
  });

  it('never ends a window inside a match', () => {
    const long = `飞地${'很'.repeat(36)}飞地抱团${'远'.repeat(100)}`;
    const local = createEngine({ ...data, blocks: [[0, 'p-x', 'paragraph', long, -1, [], []]] });
    const parts = snippet(local, 0, ['飞地抱团', '飞地'], 40);
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['飞地', '飞地抱团']);
  });
});

describe('bad input', () => {
  const inputs: [string, string][] = [
    ['10,000 characters', '飞地抱团'.repeat(2500)],
    ['10,000 mixed words', Array.from({ length: 2000 }, (_, i) => `飞${i}`).join(' ')],
    ['regex metacharacters', '.*+?^${}()|[]\\ 飞地(.*)'],
    ['HTML', '<img src=x onerror=alert(1)><b>飞地</b>'],
    ['emoji', '😀飞地🎉'],
    ['NUL', '\u0000飞\u0000地'],
    ['lone surrogates', '\uD800飞地\uDFFF'],
    ['only spaces', ' \t\u3000 '],
    ['only punctuation', '，。！？“”……——'],
  ];
  for (const [name, input] of inputs) {
    it(`${name}: returns results or nothing, never throws`, () => {
      const result = search(engine, input);
      expect(Array.isArray(result.blocks)).toBe(true);
      for (const hit of result.blocks.slice(0, 3)) expect(snippet(engine, hit.index, result.terms).length).toBeGreaterThan(0);
    });
  }

  it('finds the words around the noise', () => {
    expect(blockIds('<b>飞地抱团</b>')).toEqual([]);
    expect(blockIds('😀飞地🎉 抱团')).toEqual(['p-c', 'p-e', 'p-d']);
    expect(blockIds('\uD800飞地\uDFFF')).toHaveLength(4);
    expect(search(engine, '，。！？').terms).toEqual([]);
  });
});
