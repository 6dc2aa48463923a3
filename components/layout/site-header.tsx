// Internal links are plain <a>: every page is a full static document, so focus, scroll and the
// screen-reader page announcement behave as on any classic site, and no route payloads are prefetched.
import { SITE_NAME, SITE_TAGLINE } from '@/lib/site';

export function SiteHeader() {
  return (
    <header className="border-b border-rule bg-paper">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-2 gap-y-1 px-3 py-2 sm:px-6 sm:py-3">
        <a href="/" className="group flex min-h-11 items-center gap-3 no-underline">
          <span aria-hidden="true" className="grid size-9 place-items-center rounded-sm bg-brand text-[0.8rem] leading-none font-bold tracking-tight text-white">
            共富
          </span>
          <span className="flex flex-col leading-tight">
            <span className="text-xl font-bold tracking-wide text-ink group-hover:text-brand">{SITE_NAME}</span>
            <span className="text-xs text-muted">{SITE_TAGLINE}</span>
          </span>
        </a>
        <nav aria-label="主导航">
          <ul className="flex text-[0.95rem] sm:gap-1 sm:text-base">
            <li>
              <a href="/#reports" className="inline-flex min-h-11 items-center rounded px-2 text-ink hover:bg-wash hover:text-brand sm:px-3">
                全部报道
              </a>
            </li>
            <li>
              <a href="/about" className="inline-flex min-h-11 items-center rounded px-2 text-ink hover:bg-wash hover:text-brand sm:px-3">
                关于本站
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
