import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, ELDER_SETTINGS, PREPAINT_SCRIPT, READER_STORAGE_KEY, settingsFromJson, settingsToJson } from '@/lib/reader/reader-settings';

/** Runs the head script against a stored value and returns the attributes it put on <html>. */
function prepaint(stored: string | null, { storageThrows = false } = {}) {
  const attributes: Record<string, string> = {};
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('SecurityError');
      return key === READER_STORAGE_KEY ? stored : null;
    },
  };
  const document = { documentElement: { setAttribute: (name: string, value: string) => void (attributes[name] = value) } };
  vm.runInNewContext(PREPAINT_SCRIPT, { localStorage, document, JSON });
  return attributes;
}

describe('reader settings', () => {
  it('store only what differs from the default, and read back the same settings', () => {
    expect(settingsToJson(DEFAULT_SETTINGS)).toBe('{}');
    const json = settingsToJson(ELDER_SETTINGS);
    expect(JSON.parse(json)).toEqual({ textSize: '150', contrast: 'more', cursor: 'large' });
    expect(settingsFromJson(json)).toEqual(ELDER_SETTINGS);
  });

  it('fall back to the default for anything unknown or malformed', () => {
    expect(settingsFromJson(null)).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromJson('not json')).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromJson('[1,2]')).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromJson('{"textSize":"300","scheme":"dark","contrast":true}')).toEqual({ ...DEFAULT_SETTINGS, scheme: 'dark' });
  });

  it('the head script puts stored settings on <html> as data attributes', () => {
    expect(prepaint('{"textSize":"175","scheme":"dark","contrast":"more","cursor":"large"}')).toEqual({
      'data-text-size': '175',
      'data-scheme': 'dark',
      'data-contrast': 'more',
      'data-cursor': 'large',
    });
  });

  it('the head script ignores other keys and never throws: no storage, bad JSON, blocked storage', () => {
    expect(prepaint('{"textSize":"125","onload":"alert(1)","scheme":7}')).toEqual({ 'data-text-size': '125' });
    expect(prepaint(null)).toEqual({});
    expect(prepaint('{oops')).toEqual({});
    expect(prepaint('{}', { storageThrows: true })).toEqual({});
  });

  it('the head script is small, static text', () => {
    expect(PREPAINT_SCRIPT.length).toBeLessThan(400);
    expect(PREPAINT_SCRIPT).not.toMatch(/eval|Function\(|innerHTML/);
  });
});
