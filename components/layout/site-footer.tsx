import { aboutHref, FEEDS, searchHref } from '@/lib/i18n/routes';
import { SITE_NAME, SOURCE_ATTRIBUTION } from '@/lib/site/identity';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-rule bg-wash">
      <div className="mx-auto max-w-6xl space-y-2 px-3 py-8 text-sm leading-relaxed text-muted sm:px-6">
        <p className="font-bold text-ink">{SITE_NAME}</p>
        <p>{SOURCE_ATTRIBUTION}</p>
        <p className="flex flex-wrap gap-x-6">
          <a href={aboutHref} className="inline-flex min-h-11 items-center text-ink underline hover:text-brand">
            来源与编辑原则
          </a>
          <a href={searchHref()} className="inline-flex min-h-11 items-center text-ink underline hover:text-brand">
            全站搜索
          </a>
        </p>
        <nav aria-label="订阅">
          <p className="flex flex-wrap items-center gap-x-1">
            <span>在阅读器中订阅全文：</span>
            {FEEDS.map((feed, i) => (
              <span key={feed.href} className="inline-flex items-center gap-x-1">
                {i > 0 ? <span aria-hidden="true">·</span> : null}
                <a href={feed.href} type={feed.type} className="inline-flex min-h-11 items-center px-1 text-ink underline hover:text-brand">
                  {feed.label}
                </a>
              </span>
            ))}
          </p>
        </nav>
      </div>
    </footer>
  );
}
