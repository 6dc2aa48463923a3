import { describe, expect, it } from 'vitest';
import { readingMinutes, readingUnits } from '@/lib/content/reading-time';

describe('reading time for Chinese', () => {
  it('counts Hanzi one by one and numbers or Latin words as one unit each', () => {
    expect(readingUnits('共同富裕，民之所愿。')).toBe(8);
    expect(readingUnits('2022年全区共组建强村公司8家')).toBe(13);
    expect(readingUnits('“1+8+N”共富体系')).toBe(7);
  });

  it('reads about 450 units a minute, rounding up, never below one minute', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('字'.repeat(450))).toBe(1);
    expect(readingMinutes('字'.repeat(451))).toBe(2);
    expect(readingMinutes('字'.repeat(2674))).toBe(6);
  });
});
