import type { Place } from '@/lib/content/schema';
import { placeHref, regionsHref } from '@/lib/i18n/routes';

export function Breadcrumb({ trail }: { trail: readonly Place[] }) {
  return (
    <nav aria-label="地区层级" className="text-sm">
      <ol className="flex flex-wrap items-center gap-x-1 text-muted">
        <li>
          <a href={regionsHref} className="inline-flex min-h-11 min-w-11 items-center underline decoration-rule hover:text-ink">
            全部地区
          </a>
        </li>
        {trail.map((place, i) => (
          <li key={place.id} className="flex items-center gap-x-1">
            <span aria-hidden="true">›</span>
            {i === trail.length - 1 ? (
              <span aria-current="page" className="font-bold text-ink">
                {place.name}
              </span>
            ) : (
              <a href={placeHref(place.id)} className="inline-flex min-h-11 min-w-11 items-center underline decoration-rule hover:text-ink">
                {place.name}
              </a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
