import type { Site } from '@/lib/content/load-site';
import { articleHref } from '@/lib/i18n/routes';

type Figures = Site['themes'][number]['figures'];

/** Numbers from the reports, each linking to the paragraph that states it. */
export function KeyFigures({ figures }: { figures: Figures }) {
  return (
    <ul className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 lg:grid-cols-4">
      {figures.map((f) => (
        <li key={`${f.value}${f.unit}${f.label}`}>
          <a
            href={articleHref(f.source.article, f.source.blockId)}
            className="flex h-full flex-col rounded border border-rule bg-paper p-4 hover:border-[var(--accent)]"
          >
            <span className="font-sans text-3xl font-bold text-[var(--accent)] tabular-nums">
              {f.value}
              <span className="ml-1 text-base font-normal text-ink">{f.unit}</span>
            </span>
            <span className="mt-1 flex-1 text-[0.95rem] leading-snug text-ink">{f.label}</span>
            <span className="mt-2 text-xs text-muted underline">查看原文</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
