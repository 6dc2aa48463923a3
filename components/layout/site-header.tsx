// Internal links are plain <a>: every page is a full static document, so focus, scroll and the
// screen-reader page announcement behave as on any classic site, and no route payloads are prefetched.
import { ReaderSettings } from '@/components/reader/reader-settings';
import { SITE_NAME, SITE_TAGLINE } from '@/lib/site';

const NAV = [
  { href: '/regions', label: '地区' },
  { href: '/initiatives', label: '举措' },
  { href: '/cooperation', label: '协作' },
  { href: '/timeline', label: '大事记' },
  { href: '/about', label: '关于' },
];

export function SiteHeader() {
  return (
    <header className="border-b border-rule bg-paper">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 px-3 py-1 sm:px-6 sm:py-3">
        <a href="/" className="group flex min-h-11 items-center gap-3 no-underline">
          <span aria-hidden="true" className="grid size-9 place-items-center rounded-sm bg-brand text-[0.8rem] leading-none font-bold tracking-tight text-on-brand">
            共富
          </span>
          <span className="flex flex-col leading-tight">
            <span className="text-xl font-bold tracking-wide text-ink group-hover:text-brand">{SITE_NAME}</span>
            <span className="text-xs text-muted">{SITE_TAGLINE}</span>
          </span>
        </a>
        {/* The reader's toolbar (适老化): a button here, its panel on a row of its own below. */}
        <ReaderSettings />
        <nav aria-label="主导航" className="-mx-3 w-[calc(100%+1.5rem)] overflow-x-auto sm:mx-0 sm:ml-auto sm:w-auto">
          <ul className="flex px-1 text-[0.95rem] sm:px-0 sm:text-base">
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href} className="inline-flex min-h-11 items-center rounded px-2.5 whitespace-nowrap text-ink hover:bg-wash hover:text-brand sm:px-3">
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
