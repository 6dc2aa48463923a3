import { describe, expect, it } from 'vitest';
import { traditionalConverter } from '@/lib/i18n/traditional';
import { isAmbiguous, isTraditionalRendering, traditionalForms } from '@/lib/i18n/traditional-forms';

describe('the Traditional converter', () => {
  const terms = [
    { hans: '岳立', hant: '岳立' },
    { hans: '干大爷', hant: '干大爺' },
    { hans: '旺苍', hant: '旺蒼' },
    { hans: '共富浙里', hant: '共富浙里' },
  ];
  const { convert, units } = traditionalConverter(terms);

  it('writes protected terms in their reviewed form, where OpenCC alone alters them', () => {
    const opencc = traditionalConverter([]).convert;
    expect(opencc('副总经理岳立')).toBe('副總經理嶽立');
    expect(convert('副总经理岳立')).toBe('副總經理岳立');
    expect(opencc('留守老人干大爷在志愿者的帮助下')).toBe('留守老人幹大爺在志願者的幫助下');
    expect(convert('留守老人干大爷在志愿者的帮助下')).toBe('留守老人干大爺在志願者的幫助下');
    expect(convert('共富浙里')).toBe('共富浙里');
  });

  it('never lets a phrase join a term to its neighbours', () => {
    expect(traditionalConverter([]).convert('立足旺苍发展实际')).toBe('立足旺蒼髮展實際');
    expect(convert('立足旺苍发展实际')).toBe('立足旺蒼發展實際');
    expect(units('立足旺苍发展')).toEqual([
      { hans: '立足', hant: '立足', by: 'plain' },
      { hans: '旺苍', hant: '旺蒼', by: 'term' },
      { hans: '发展', hant: '發展', by: 'phrase' },
    ]);
  });

  it('takes the longest term that starts first', () => {
    const { convert: withPlaces } = traditionalConverter([
      { hans: '萧山', hant: '蕭山' },
      { hans: '萧山区', hant: '蕭山區' },
      { hans: '山区', hant: '山區' },
    ]);
    expect(withPlaces('萧山区')).toBe('蕭山區');
  });

  it('leaves text without Han characters as it is', () => {
    const code = "export const x = { id: 'a-b', n: 2 }; // ok\n";
    expect(convert(code)).toBe(code);
  });
});

describe('Traditional forms from OpenCC’s dictionaries', () => {
  it('knows the one-to-many characters of the brief, and that 苍 has one form', () => {
    for (const char of '干岳发制征只斗里回台余系准面后云') expect(isAmbiguous(char), char).toBe(true);
    expect([...(traditionalForms().get('干') ?? [])]).toEqual(expect.arrayContaining(['幹', '干', '乾']));
    expect([...(traditionalForms().get('发') ?? [])]).toEqual(expect.arrayContaining(['發', '髮']));
    expect(isAmbiguous('苍')).toBe(false);
  });

  it('checks a rendering character by character', () => {
    expect(isTraditionalRendering('旺苍', '旺蒼')).toBe(true);
    expect(isTraditionalRendering('岳立', '岳立')).toBe(true);
    expect(isTraditionalRendering('旺苍', '旺苍')).toBe(false);
    expect(isTraditionalRendering('旺苍', '旺蒼縣')).toBe(false);
    expect(isTraditionalRendering('马厰村', '馬厰村')).toBe(true);
    expect(isTraditionalRendering('unit: "只"', 'unit: "隻"')).toBe(true);
  });
});
