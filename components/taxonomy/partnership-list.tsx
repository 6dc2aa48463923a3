import type { Site } from '@/lib/content/load-site';
import { formatDate } from '@/lib/content/dates';
import { PARTNERSHIP_STYLE } from '@/lib/taxonomy/partnership-style';
import { articleHref, placeHref } from '@/lib/i18n/routes';
import type { Place } from '@/lib/content/schema';
import { PARTNERSHIP_KIND_NAMES } from '@/lib/taxonomy/schema';

/** Every partnership as text: the two places, how they cooperate, since when, and where the text says so. */
export function PartnershipList({ partnerships, places }: { partnerships: Site['partnerships']; places: readonly Place[] }) {
  if (partnerships.length === 0) return <p className="text-muted">报道中没有提到。</p>;
  const name = (id: string) => places.find((p) => p.id === id)?.name ?? id;
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {partnerships.map((p) => (
        <li key={`${p.places.join('-')}-${p.kind}`} className="flex flex-wrap items-baseline gap-x-3 py-1">
          <span className="font-bold text-ink">
            <a href={placeHref(p.places[0])} className="inline-flex min-h-11 items-center underline decoration-rule hover:text-[var(--accent)]">
              {name(p.places[0])}
            </a>
            <span aria-label="与" className="px-1.5 text-muted">
              ⇄
            </span>
            <a href={placeHref(p.places[1])} className="inline-flex min-h-11 items-center underline decoration-rule hover:text-[var(--accent)]">
              {name(p.places[1])}
            </a>
          </span>
          <span className="inline-flex items-center gap-1.5 text-sm text-ink">
            <svg aria-hidden="true" width="28" height="8" viewBox="0 0 28 8">
              <line
                x1="0"
                y1="4"
                x2="28"
                y2="4"
                style={{ stroke: PARTNERSHIP_STYLE[p.kind].color }}
                strokeWidth="2.5"
                strokeDasharray={PARTNERSHIP_STYLE[p.kind].dash || undefined}
              />
            </svg>
            {PARTNERSHIP_KIND_NAMES[p.kind]}
          </span>
          {p.since ? (
            <span className="text-sm text-muted">
              始于{formatDate({ value: p.since })}
              {p.inferred ? '（推断）' : ''}
            </span>
          ) : null}
          <a href={articleHref(p.source.article, p.source.blockId)} className="inline-flex min-h-11 items-center text-sm text-muted underline hover:text-ink">
            原文出处
          </a>
        </li>
      ))}
    </ul>
  );
}
