'use client';

import { usePathname } from 'next/navigation';
import { otherScriptPath } from '@/lib/i18n/routes';
import { SCRIPT } from '@/lib/i18n/script';

// Each label is written in its own script. They are escapes, not Han literals, because the Traditional build
// converts every Han string of the source: "简体" must still read 简体 on a Traditional page.
const TARGET = SCRIPT === 'hans' ? { lang: 'zh-Hant', label: '\u7e41\u9ad4' } : { lang: 'zh-Hans', label: '\u7b80\u4f53' };

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
