export type Script = 'hans' | 'hant';

/**
 * Which script this build writes. The site is built twice from the same sources: Simplified at the root and,
 * with SITE_SCRIPT=hant, Traditional under /zh-hant (next.config.ts converts the source strings of that build).
 */
export const SCRIPT: Script = process.env.SITE_SCRIPT === 'hant' ? 'hant' : 'hans';

export const SCRIPT_PREFIX: Record<Script, string> = { hans: '', hant: '/zh-hant' };

export const HTML_LANG: Record<Script, string> = { hans: 'zh-CN', hant: 'zh-Hant' };
