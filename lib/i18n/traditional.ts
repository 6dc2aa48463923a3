import * as OpenCC from 'opencc-js';

/** The one Traditional converter: OpenCC's phrase-level Simplified (mainland) → Traditional (Taiwan standard). */
export const TRADITIONAL_OPTIONS = { from: 'cn', to: 'tw' } as const;

export const toTraditional: (text: string) => string = OpenCC.Converter(TRADITIONAL_OPTIONS);
