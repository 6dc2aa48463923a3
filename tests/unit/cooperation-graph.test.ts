import { describe, expect, it } from 'vitest';
import { cooperationEdges } from '@/lib/taxonomy/cooperation-graph';
import type { Place } from '@/lib/content/schema';
import type { Partnership } from '@/lib/taxonomy/schema';

const place = (id: string, kind: Place['kind'], parent: string | null): Place => ({ id, name: id, kind, parent, aliases: [] });
const places = [
  place('zj', 'province', null),
  place('pinghu', 'county', 'zj'),
  place('park', 'area', 'pinghu'),
  place('qingtian', 'county', 'zj'),
  place('village', 'village', 'qingtian'),
  place('town-a', 'town', 'pinghu'),
  place('town-b', 'town', 'pinghu'),
];
const partnership = (a: string, b: string, kind: Partnership['kind']): Partnership => ({
  places: [a, b],
  kind,
  inferred: false,
  evidence: { article: 'x', quote: 'y' },
});

describe('cooperation edges for the diagram', () => {
  it('roll towns, villages and parks up to their county and merge the kinds of one pair', () => {
    const edges = cooperationEdges(
      [partnership('pinghu', 'qingtian', 'shanhai'), partnership('qingtian', 'park', 'feidi'), partnership('pinghu', 'village', 'shanhai')],
      places,
    );
    expect(edges).toEqual([{ from: 'pinghu', to: 'qingtian', kinds: ['shanhai', 'feidi'] }]);
  });

  it('leave out cooperation inside one county', () => {
    expect(cooperationEdges([partnership('town-a', 'town-b', 'yitihua')], places)).toEqual([]);
  });
});
