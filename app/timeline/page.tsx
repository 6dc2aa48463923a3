import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/page-intro';
import { getSite } from '@/lib/content/load-site';
import { formatDate, machineDate } from '@/lib/content/dates';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { articleHref, timelineHref } from '@/lib/i18n/routes';

export const metadata: Metadata = pageMetadata({
  path: timelineHref,
  title: '大事记',
  description: '报道中有日期的事件，按时间排列，日期只写到原文给出的精度。',
});

export default function TimelinePage() {
  const { timeline, articles } = getSite();
  const events = [...timeline].sort((a, b) => a.date.localeCompare(b.date) || a.event.localeCompare(b.event));
  const title = (slug: string) => articles.find((a) => a.slug === slug)?.title ?? slug;
  return (
    <div className="mx-auto max-w-4xl px-3 pb-8 sm:px-6">
      <PageIntro title="大事记">报道中有日期的 {events.length} 件事，日期只写到原文给出的精度（年、月或日）；由“去年”“今年”等推算的日期标为推断。</PageIntro>
      <ol className="relative mt-8 space-y-6 border-l-2 border-rule pl-6">
        {events.map((e) => (
          <li key={`${e.date}-${e.event}`} className="relative">
            <span aria-hidden="true" className="absolute top-2 -left-[1.95rem] size-3 rounded-full border-2 border-paper bg-brand" />
            <p className="font-sans font-bold text-brand tabular-nums">
              <time dateTime={machineDate({ value: e.date })}>{formatDate({ value: e.date })}</time>
              {e.inferred ? <span className="ml-2 text-sm font-normal text-muted">（推断）</span> : null}
            </p>
            <p className="mt-1 font-serif text-lg leading-relaxed text-ink">{e.event}</p>
            <a
              href={articleHref(e.source.article, e.source.blockId)}
              className="mt-1 inline-flex min-h-11 items-center text-sm text-muted underline hover:text-ink"
            >
              原文：{title(e.source.article)}
            </a>
          </li>
        ))}
      </ol>
    </div>
  );
}
