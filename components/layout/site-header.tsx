// Internal links are plain <a>: every page is a full static document, so focus, scroll and the
// screen-reader page announcement behave as on any classic site, and no route payloads are prefetched.
import { ReaderSettings } from '@/components/reader/reader-settings';
import { HeaderSearch } from '@/components/search/header-search';
import { aboutHref, cooperationHref, homeHref, initiativesHref, regionsHref, timelineHref } from '@/lib/i18n/routes';
import { SITE_NAME, SITE_TAGLINE } from '@/lib/site/identity';
import { ScriptSwitch } from './script-switch';

const NAV = [
  { href: regionsHref, label: '地区' },
  { href: initiativesHref, label: '举措' },
  { href: cooperationHref, label: '协作' },
  { href: timelineHref, label: '大事记' },
  { href: aboutHref, label: '关于' },
];

export function SiteHeader() {
  return (
    <header className="border-b border-rule bg-paper">
      {/* The reader's bar, as on public-service sites: script and reading settings first, before the site. */}
      <div className="border-b border-rule bg-wash print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-end gap-x-1 px-3 text-[0.95rem] sm:px-6">
          <ScriptSwitch />
          <ReaderSettings />
        </div>
      </div>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-3 py-1 sm:px-6 sm:py-2">
        <a href={homeHref} className="group flex min-h-11 min-w-0 items-center gap-3 no-underline">
          <span
            aria-hidden="true"
            className="grid size-9 place-items-center rounded-sm bg-brand text-[0.8rem] leading-none font-bold tracking-tight text-on-brand"
          >
            共富
          </span>
          <span className="flex flex-col leading-tight">
            <span className="text-xl font-bold tracking-wide text-ink group-hover:text-brand">{SITE_NAME}</span>
            <span className="text-xs text-muted">{SITE_TAGLINE}</span>
          </span>
        </a>
        <HeaderSearch />
        <nav aria-label="主导航" className="-mx-3 w-[calc(100%+1.5rem)] overflow-x-auto md:mx-0 md:w-auto">
          <ul className="flex px-1 text-[0.95rem] md:px-0 md:text-base">
            {NAV.map((item) => (
              <li key={item.href}>
                <a
                  href={item.href}
                  className="inline-flex min-h-11 items-center rounded px-2.5 whitespace-nowrap text-ink hover:bg-wash hover:text-brand sm:px-3"
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
