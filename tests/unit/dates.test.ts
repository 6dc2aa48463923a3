import { describe, expect, it } from 'vitest';
import { formatDate, machineDate } from '@/lib/dates';

describe('dates keep the precision the text supports', () => {
  it.each([
    ['2023', '2023年'],
    ['2022-05', '2022年5月'],
    ['2022-02-10', '2022年2月10日'],
  ])('%s → %s', (value, shown) => {
    expect(formatDate({ value })).toBe(shown);
  });

  it('adds the stated time to the machine-readable date only when there is one', () => {
    expect(machineDate({ value: '2022-02-10', time: '08:12' })).toBe('2022-02-10T08:12');
    expect(machineDate({ value: '2023' })).toBe('2023');
  });
});
