'use client';

import { searchHref, searchIndexHref } from '@/lib/i18n/routes';
import { SearchField } from './search-field';

/** Warms the HTTP cache with the index once the reader starts to search; pages that never search pay nothing. */
function prefetchIndex() {
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.href = searchIndexHref();
  document.head.append(link);
}

/**
 * The header's search form; it submits to the results page. That page has its own, larger field, and
 * CSS hides this one there, so the island needs no router hook and stays small.
 */
export function HeaderSearch() {
  return (
    <form
      role="search"
      aria-label="全站搜索"
      action={searchHref()}
      className="relative ml-auto min-w-0 flex-1 basis-40 md:max-w-xs [body:has(#search-page-field)_&]:hidden"
    >
      <SearchField
        id="site-search"
        label="搜索报道和举措"
        placeholder="搜索报道、举措"
        onStart={prefetchIndex}
        className="peer h-11 w-full rounded-full border border-muted/70 bg-paper pr-11 pl-4 text-base text-ink placeholder:text-muted focus:border-brand [&::-webkit-search-cancel-button]:hidden"
      />
      <button type="submit" className="absolute top-0 right-0 grid size-11 place-items-center rounded-full text-muted hover:text-brand">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-none stroke-current" strokeWidth="2">
          <circle cx="10.5" cy="10.5" r="6.5" />
          <path d="m15.5 15.5 5 5" strokeLinecap="round" />
        </svg>
        <span className="sr-only">搜索</span>
      </button>
    </form>
  );
}
