import { describe, expect, it } from 'vitest';
import { buildMatcher, findMentions, type Term } from '@/lib/taxonomy/mentions';

const terms: Term[] = [
  { text: '飞地', kind: 'initiative', id: 'feidi' },
  { text: '消薄飞地', kind: 'initiative', id: 'xiaobao-feidi' },
  { text: '消薄“飞地”', kind: 'initiative', id: 'xiaobao-feidi' },
  { text: '飞地抱团', kind: 'initiative', id: 'feidi-baotuan' },
  { text: '萧山', kind: 'place', id: 'xiaoshan' },
  { text: '萧山区', kind: 'place', id: 'xiaoshan' },
];
const matcher = buildMatcher(terms);
const ids = (text: string) => findMentions(text, matcher).map((m) => `${m.id}@${m.start}`);

describe('findMentions', () => {
  it('takes the longest name at each position', () => {
    expect(ids('平湖消薄飞地模式')).toEqual(['xiaobao-feidi@2']);
    expect(ids('创新开展“飞地抱团”等项目')).toEqual(['feidi-baotuan@5']);
    expect(ids('萧山区与萧山')).toEqual(['xiaoshan@0', 'xiaoshan@4']);
  });

  it('matches aliases written with quotes inside the name', () => {
    expect(ids('打造消薄“飞地”，是重要方式')).toEqual(['xiaobao-feidi@2']);
  });

  it('never overlaps and finds later mentions after a long one', () => {
    const found = findMentions('消薄飞地和飞地', matcher);
    expect(found.map((m) => [m.id, m.start, m.end])).toEqual([
      ['xiaobao-feidi', 0, 4],
      ['feidi', 5, 7],
    ]);
  });

  it('finds nothing in unrelated text', () => {
    expect(ids('共同富裕，民之所愿。')).toEqual([]);
  });
});
