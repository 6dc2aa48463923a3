import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/page-intro';
import { InitiativeFilter } from '@/components/taxonomy/initiative-filter';
import { getSite } from '@/lib/content/load-site';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { ancestry } from '@/lib/taxonomy/places';
import { initiativeHref, initiativesHref } from '@/lib/i18n/routes';
import { CATEGORY_IDS, CATEGORY_NAMES } from '@/lib/taxonomy/schema';

export const metadata: Metadata = pageMetadata({ path: initiativesHref, title: '举措', description: '报道中提到的共同富裕举措、模式与品牌，按类别排列。' });

export default function InitiativesPage() {
  const { initiatives, places } = getSite();
  const used = new Set(initiatives.flatMap((i) => i.places.flatMap((p) => ancestry(places, p).map((a) => a.id))));
  const placeOptions = places.filter((p) => used.has(p.id)).map((p) => ({ id: p.id, name: p.name, depth: ancestry(places, p.id).length - 1 }));
  const groups = CATEGORY_IDS.map((id) => ({ id, items: initiatives.filter((i) => i.category === id) })).filter((g) => g.items.length > 0);
  return (
    <div className="mx-auto max-w-6xl px-3 pb-8 sm:px-6">
      <PageIntro title="举措">报道中提到的 {initiatives.length} 项举措、模式、机制与品牌，按类别排列；每一项都链接到提到它的原文段落。</PageIntro>
      <nav aria-label="按类别跳转" className="py-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {groups.map((g) => (
            <li key={g.id}>
              <a
                href={`#category-${g.id}`}
                className="inline-flex min-h-11 items-center rounded-full border border-rule px-3 text-ink hover:border-brand hover:text-brand"
              >
                {CATEGORY_NAMES[g.id]} <span className="ml-1 text-muted">{g.items.length}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <InitiativeFilter listId="initiative-list" categories={groups.map((g) => ({ id: g.id, name: CATEGORY_NAMES[g.id] }))} places={placeOptions} />
      <div id="initiative-list">
        {groups.map((group) => (
          <section key={group.id} data-group aria-labelledby={`category-${group.id}`} className="py-6">
            <h2 id={`category-${group.id}`} className="mb-3 scroll-mt-4 text-xl font-bold text-ink">
              {CATEGORY_NAMES[group.id]}
            </h2>
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {group.items.map((i) => (
                <li key={i.id} data-category={i.category} data-places={[...new Set(i.places.flatMap((p) => ancestry(places, p).map((a) => a.id)))].join(' ')}>
                  <a href={initiativeHref(i.id)} className="block h-full rounded border border-rule bg-paper p-4 hover:border-brand">
                    <span className="block font-bold text-ink">{i.name}</span>
                    <span className="mt-1 block font-serif text-[0.95rem] leading-relaxed text-muted">{i.description}</span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
