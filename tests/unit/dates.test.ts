import { describe, expect, it } from 'vitest';
import { exactTimestamp, formatDate, isoDate, machineDate, rfc822 } from '@/lib/content/dates';

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

describe('metadata dates never add precision the text lacks', () => {
  it('gives schema.org and Open Graph the year, month or day as stored, with Beijing time only when the time is stated', () => {
    expect(isoDate({ value: '2023' })).toBe('2023');
    expect(isoDate({ value: '2022-05' })).toBe('2022-05');
    expect(isoDate({ value: '2022-02-10' })).toBe('2022-02-10');
    expect(isoDate({ value: '2022-02-10', time: '08:12' })).toBe('2022-02-10T08:12:00+08:00');
  });

  it('gives feeds a timestamp only when day and time are both stated', () => {
    expect(exactTimestamp({ value: '2023' })).toBeUndefined();
    expect(exactTimestamp({ value: '2022-05' })).toBeUndefined();
    expect(exactTimestamp({ value: '2022-02-10' })).toBeUndefined();
    expect(exactTimestamp({ value: '2022-02-10', time: '08:12' })).toBe('2022-02-10T08:12:00+08:00');
  });

  it('writes RFC 822 for RSS with the right weekday and the stated offset', () => {
    expect(rfc822('2022-02-10T08:12:00+08:00')).toBe('Thu, 10 Feb 2022 08:12:00 +0800');
    expect(rfc822('2026-11-25T15:32:00+08:00')).toBe('Wed, 25 Nov 2026 15:32:00 +0800');
    expect(rfc822('2024-02-29T23:59:59-05:30')).toBe('Thu, 29 Feb 2024 23:59:59 -0530');
    expect(() => rfc822('2023')).toThrow(/YYYY-MM-DDTHH:MM:SS/);
  });
});
