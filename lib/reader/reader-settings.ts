/**
 * The reader's display settings (适老化 and dark mode). Each one is an attribute on <html> that
 * app/reader.css keys on, stored in localStorage and re-applied before first paint by PREPAINT_SCRIPT.
 */
export const READER_STORAGE_KEY = 'gfzl-reader';

export const TEXT_SIZES = ['100', '125', '150', '175', '200'] as const;
export const SCHEMES = ['system', 'light', 'dark'] as const;
const CONTRASTS = ['normal', 'more'] as const;
const CURSORS = ['normal', 'large'] as const;

export type ReaderSettings = {
  textSize: (typeof TEXT_SIZES)[number];
  scheme: (typeof SCHEMES)[number];
  contrast: (typeof CONTRASTS)[number];
  cursor: (typeof CURSORS)[number];
};

export const DEFAULT_SETTINGS: ReaderSettings = { textSize: '100', scheme: 'system', contrast: 'normal', cursor: 'normal' };

/** 一键适老: large text (so every target grows past 60 px), high contrast and a large pointer. */
export const ELDER_SETTINGS: ReaderSettings = { ...DEFAULT_SETTINGS, textSize: '150', contrast: 'more', cursor: 'large' };

export const SETTING_KEYS = ['textSize', 'scheme', 'contrast', 'cursor'] as const satisfies readonly (keyof ReaderSettings)[];

/** The attribute on <html> that carries each setting. */
export const ATTRIBUTES = {
  textSize: 'data-text-size',
  scheme: 'data-scheme',
  contrast: 'data-contrast',
  cursor: 'data-cursor',
} as const satisfies Record<keyof ReaderSettings, string>;

function oneOf<T extends string>(allowed: readonly T[], value: string | null | undefined, fallback: T): T {
  return allowed.find((option) => option === value) ?? fallback;
}

/** Reads settings through `get` (an attribute or a stored field); unknown values become the default. */
export function readSettings(get: (key: keyof ReaderSettings) => string | null | undefined): ReaderSettings {
  return {
    textSize: oneOf(TEXT_SIZES, get('textSize'), DEFAULT_SETTINGS.textSize),
    scheme: oneOf(SCHEMES, get('scheme'), DEFAULT_SETTINGS.scheme),
    contrast: oneOf(CONTRASTS, get('contrast'), DEFAULT_SETTINGS.contrast),
    cursor: oneOf(CURSORS, get('cursor'), DEFAULT_SETTINGS.cursor),
  };
}

/** Settings from their stored JSON (only the values that differ from the default are stored). */
export function settingsFromJson(json: string | null): ReaderSettings {
  let stored: unknown = null;
  try {
    stored = JSON.parse(json ?? 'null');
  } catch {
    stored = null;
  }
  const entries = typeof stored === 'object' && stored !== null ? Object.entries(stored) : [];
  return readSettings((key) => {
    const value = entries.find(([name]) => name === key)?.[1];
    return typeof value === 'string' ? value : null;
  });
}

/** What to store: only the settings that differ from the default. */
export function settingsToJson(settings: ReaderSettings): string {
  return JSON.stringify(Object.fromEntries(SETTING_KEYS.filter((key) => settings[key] !== DEFAULT_SETTINGS[key]).map((key) => [key, settings[key]])));
}

/**
 * Runs in <head> before the body is parsed, so the first paint already has the reader's size and
 * colours. Static text: scripts/write-csp.mjs pins it by hash. Values the CSS does not know are inert.
 */
export const PREPAINT_SCRIPT = `try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(READER_STORAGE_KEY)})||"{}"),a=${JSON.stringify(ATTRIBUTES)};for(var k in a)if(typeof s[k]=="string")document.documentElement.setAttribute(a[k],s[k])}catch(e){}`;
