import type { Script } from './script';

// Each script's name, written in that script. The Traditional build leaves this module as written
// (UNCONVERTED_MODULES in lib/i18n/traditional.ts), so 简体 still reads 简体 on a Traditional page.
export const SCRIPT_LABELS: Record<Script, string> = { hans: '简体', hant: '繁體' };
