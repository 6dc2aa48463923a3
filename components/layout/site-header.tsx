import Link from 'next/link';
import { SITE_NAME, SITE_TAGLINE } from '@/lib/site';

export function SiteHeader() {
  return (
    <header className="border-b border-rule bg-paper">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-3 py-3 sm:px-6">
        <Link href="/" className="group flex min-h-11 items-center gap-3 no-underline">
          <span aria-hidden="true" className="grid size-9 place-items-center rounded-sm bg-brand text-[0.8rem] leading-none font-bold tracking-tight text-white">
            共富
          </span>
          <span className="flex flex-col leading-tight">
            <span className="text-xl font-bold tracking-wide text-ink group-hover:text-brand">{SITE_NAME}</span>
            <span className="text-xs text-muted">{SITE_TAGLINE}</span>
          </span>
        </Link>
        <nav aria-label="主导航">
          <ul className="flex gap-1 text-base">
            <li>
              <Link href="/#reports" className="inline-flex min-h-11 items-center rounded px-3 text-ink hover:bg-wash hover:text-brand">
                全部报道
              </Link>
            </li>
            <li>
              <Link href="/about" className="inline-flex min-h-11 items-center rounded px-3 text-ink hover:bg-wash hover:text-brand">
                关于本站
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
