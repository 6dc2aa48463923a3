import { searchHref } from '@/lib/routes';
import { SITE_NAME, SOURCE_ATTRIBUTION } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-rule bg-wash">
      <div className="mx-auto max-w-6xl space-y-2 px-3 py-8 text-sm leading-relaxed text-muted sm:px-6">
        <p className="font-bold text-ink">{SITE_NAME}</p>
        <p>{SOURCE_ATTRIBUTION}</p>
        <p className="flex flex-wrap gap-x-6">
          <a href="/about" className="text-ink underline hover:text-brand">
            来源与编辑原则
          </a>
          <a href={searchHref()} className="text-ink underline hover:text-brand">
            全站搜索
          </a>
        </p>
      </div>
    </footer>
  );
}
