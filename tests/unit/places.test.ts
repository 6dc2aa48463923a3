import { describe, expect, it } from 'vitest';
import { validatePlaces } from '@/lib/taxonomy/places';
import type { Place } from '@/lib/content/schema';

const place = (id: string, parent: string | null): Place => ({ id, name: id, kind: 'county', parent, aliases: [] });

describe('validatePlaces', () => {
  it('accepts a tree', () => {
    expect(validatePlaces([place('a', null), place('b', 'a'), place('c', 'b')])).toEqual([]);
  });

  it('names a duplicate id, an unknown parent and a cycle', () => {
    const problems = validatePlaces([place('a', null), place('a', null), place('b', 'nowhere'), place('x', 'y'), place('y', 'x')]);
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: '[1].id', message: '重复的 id “a”' },
        { field: '[2].parent', message: '未知的上级地点 “nowhere”' },
        { field: '[3].parent', message: '上级关系成环: x → y → x' },
      ]),
    );
  });
});
