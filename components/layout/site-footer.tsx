import { SITE_NAME, SOURCE_ATTRIBUTION } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-rule bg-wash">
      <div className="mx-auto max-w-6xl space-y-2 px-3 py-8 text-sm leading-relaxed text-muted sm:px-6">
        <p className="font-bold text-ink">{SITE_NAME}</p>
        <p>{SOURCE_ATTRIBUTION}</p>
        <p>
          <a href="/about" className="inline-flex min-h-11 items-center text-ink underline hover:text-brand">
            来源与编辑原则
          </a>
        </p>
      </div>
    </footer>
  );
}
