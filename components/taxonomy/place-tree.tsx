import { childrenOf } from '@/lib/taxonomy/places';
import { placeHref } from '@/lib/i18n/routes';
import type { Place } from '@/lib/content/schema';

/** The place hierarchy as nested lists, each place with the number of paragraphs that name it. */
export function PlaceTree({ places, parent, counts }: { places: readonly Place[]; parent: string | null; counts: ReadonlyMap<string, number> }) {
  const children = childrenOf(places, parent);
  if (children.length === 0) return null;
  return (
    <ul className={parent === null ? 'space-y-1' : 'mt-1 space-y-1 border-l border-rule pl-4 sm:pl-6'}>
      {children.map((place) => (
        <li key={place.id}>
          <a href={placeHref(place.id)} className="inline-flex min-h-11 items-center gap-2 text-ink hover:text-brand">
            <span className="underline decoration-rule underline-offset-4">{place.name}</span>
            {counts.get(place.id) ? <span className="text-sm text-muted">{counts.get(place.id)} 处提及</span> : null}
          </a>
          <PlaceTree places={places} parent={place.id} counts={counts} />
        </li>
      ))}
    </ul>
  );
}
