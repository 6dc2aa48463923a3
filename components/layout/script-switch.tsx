'use client';

import { usePathname } from 'next/navigation';
import { otherScriptPath } from '@/lib/i18n/routes';
import { SCRIPT } from '@/lib/i18n/script';
import { SCRIPT_LABELS } from '@/lib/i18n/script-labels';

// Each label is written in its own script (lib/i18n/script-labels.ts, which the Traditional build leaves as written).
const TARGET = SCRIPT === 'hans' ? { lang: 'zh-Hant', label: SCRIPT_LABELS.hant } : { lang: 'zh-Hans', label: SCRIPT_LABELS.hans };

/** The same page in the other script. usePathname resolves at build time, so the link works without JavaScript. */
export function ScriptSwitch() {
  const path = usePathname();
  return (
    <a
      href={otherScriptPath(path.startsWith('/_') ? '/' : path)}
      hrefLang={TARGET.lang}
      lang={TARGET.lang}
      className="inline-flex min-h-11 items-center rounded px-3 whitespace-nowrap text-ink hover:bg-paper hover:text-brand"
    >
      {TARGET.label}
    </a>
  );
}
