'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import {
  ATTRIBUTES,
  DEFAULT_SETTINGS,
  ELDER_SETTINGS,
  READER_STORAGE_KEY,
  type ReaderSettings as Settings,
  readSettings,
  SCHEMES,
  SETTING_KEYS,
  settingsFromJson,
  settingsToJson,
  TEXT_SIZES,
} from '@/lib/reader/reader-settings';
const SCHEME_LABELS: Record<Settings['scheme'], string> = { system: '跟随系统', light: '浅色', dark: '深色' };

const fromPage = () => readSettings((key) => document.documentElement.getAttribute(ATTRIBUTES[key]));

/** Puts settings on <html> (what the CSS keys on) and stores what differs from the default. */
function applySettings(settings: Settings): boolean {
  for (const key of SETTING_KEYS) {
    if (settings[key] === DEFAULT_SETTINGS[key]) document.documentElement.removeAttribute(ATTRIBUTES[key]);
    else document.documentElement.setAttribute(ATTRIBUTES[key], settings[key]);
  }
  try {
    localStorage.setItem(READER_STORAGE_KEY, settingsToJson(settings));
    return true;
  } catch {
    return false;
  }
}

/** 阅读设置: a disclosure in the site header with text size, colours, high contrast and a large pointer. */
export function ReaderSettings() {
  const [open, setOpen] = useState(false);
  const [settings, setSettings] = useState(DEFAULT_SETTINGS);
  const [unsaved, setUnsaved] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    setSettings(fromPage());
    // Another tab changed the settings: follow it.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== READER_STORAGE_KEY) return;
      const next = settingsFromJson(event.newValue);
      applySettings(next);
      setSettings(next);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const update = (next: Settings) => {
    setSettings(next);
    setUnsaved(!applySettings(next));
  };
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => update({ ...settings, [key]: value });

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        onKeyDown={onKeyDown}
        className="inline-flex min-h-11 items-center gap-2 rounded px-3 text-ink hover:bg-paper hover:text-brand aria-expanded:bg-paper aria-expanded:font-bold print:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-none stroke-current" strokeWidth="1.8">
          <path d="M3 19 8.5 5h1L15 19M5 14h8M15 19l3.5-9h1L23 19m-7-3h6" strokeLinejoin="round" />
        </svg>
        阅读设置
      </button>
      <section
        id={panelId}
        hidden={!open}
        aria-label="阅读设置"
        onKeyDown={onKeyDown}
        className="order-last -mx-3 basis-[calc(100%+1.5rem)] border-t border-rule bg-wash px-3 py-4 sm:mx-0 sm:basis-full sm:rounded sm:border sm:px-5 print:hidden"
      >
        <div className="flex flex-wrap gap-x-8 gap-y-4">
          <Group legend="字号">
            {TEXT_SIZES.map((size) => (
              <Choice key={size} name="text-size" checked={settings.textSize === size} onChange={() => set('textSize', size)}>
                <span aria-hidden="true" className="font-serif leading-none" style={{ fontSize: `${0.75 + Number(size) / 250}em` }}>
                  字
                </span>
                <span>{size}%</span>
              </Choice>
            ))}
          </Group>
          <Group legend="配色">
            {SCHEMES.map((scheme) => (
              <Choice key={scheme} name="scheme" checked={settings.scheme === scheme} onChange={() => set('scheme', scheme)}>
                {SCHEME_LABELS[scheme]}
              </Choice>
            ))}
          </Group>
          <Group legend="辅助">
            <Choice type="checkbox" checked={settings.contrast === 'more'} onChange={(on) => set('contrast', on ? 'more' : 'normal')}>
              高对比度
            </Choice>
            <Choice type="checkbox" checked={settings.cursor === 'large'} onChange={(on) => set('cursor', on ? 'large' : 'normal')}>
              大鼠标指针
            </Choice>
          </Group>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={() => update(ELDER_SETTINGS)}
            className="min-h-11 rounded border border-transparent bg-brand px-4 font-bold text-on-brand hover:underline"
          >
            一键适老模式
          </button>
          <button
            type="button"
            onClick={() => update(DEFAULT_SETTINGS)}
            className="min-h-11 rounded border border-rule bg-paper px-4 text-ink hover:border-ink"
          >
            恢复默认
          </button>
          <button type="button" onClick={close} className="min-h-11 rounded px-4 text-ink underline hover:bg-paper">
            收起
          </button>
          {unsaved ? <p className="text-sm text-ink">此浏览器不允许保存设置，只对当前页面有效。</p> : null}
        </div>
      </section>
    </>
  );
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-bold text-ink">{legend}</legend>
      <div className="flex flex-wrap gap-2">{children}</div>
    </fieldset>
  );
}

type ChoiceProps = { type?: 'radio' | 'checkbox'; name?: string; checked: boolean; onChange: (checked: boolean) => void; children: ReactNode };

/** A native radio or checkbox drawn as a pill: keyboard, labels and states come from the browser. */
function Choice({ type = 'radio', name, checked, onChange, children }: ChoiceProps) {
  return (
    <label className="choice inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center gap-1.5 rounded border border-rule bg-paper px-3 text-ink select-none hover:border-ink has-checked:border-ink has-checked:bg-ink has-checked:text-paper">
      <input type={type} name={name} checked={checked} onChange={(e) => onChange(e.target.checked)} className="sr-only" />
      {children}
    </label>
  );
}
