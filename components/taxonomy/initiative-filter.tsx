'use client';

import { useEffect, useState } from 'react';

type Option = { id: string; name: string; depth?: number };

/**
 * Filters the server-rendered initiative list in place: items carry data-category and data-places
 * (their places and all ancestors), so no list data is sent twice. Without JavaScript the full list shows.
 */
export function InitiativeFilter({ categories, places, listId }: { categories: Option[]; places: Option[]; listId: string }) {
  const [category, setCategory] = useState('');
  const [place, setPlace] = useState('');
  const [shown, setShown] = useState<number | null>(null);

  useEffect(() => {
    const query = new URLSearchParams(window.location.search);
    setCategory(query.get('category') ?? '');
    setPlace(query.get('place') ?? '');
  }, []);

  useEffect(() => {
    const list = document.getElementById(listId);
    if (!list) return;
    let count = 0;
    for (const item of list.querySelectorAll<HTMLElement>('[data-category]')) {
      const match = (!category || item.dataset.category === category) && (!place || (item.dataset.places ?? '').split(' ').includes(place));
      item.hidden = !match;
      if (match) count += 1;
    }
    for (const group of list.querySelectorAll<HTMLElement>('[data-group]')) {
      group.hidden = group.querySelector('[data-category]:not([hidden])') === null;
    }
    setShown(count);
    const query = new URLSearchParams();
    if (category) query.set('category', category);
    if (place) query.set('place', place);
    window.history.replaceState(null, '', `${window.location.pathname}${query.toString() ? `?${query}` : ''}`);
  }, [category, place, listId]);

  return (
    <form
      role="search"
      aria-label="筛选举措"
      className="flex flex-wrap items-end gap-3 rounded border border-rule bg-wash p-4"
      onSubmit={(e) => e.preventDefault()}
    >
      <label className="flex max-w-full flex-col gap-1 text-sm text-muted">
        类别
        <select
          value={category}
          onChange={(e) => setCategory(e.target.value)}
          className="min-h-11 max-w-full rounded border border-rule bg-paper px-2 text-base text-ink"
        >
          <option value="">全部类别</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex max-w-full flex-col gap-1 text-sm text-muted">
        地点
        <select
          value={place}
          onChange={(e) => setPlace(e.target.value)}
          className="min-h-11 max-w-[min(16rem,100%)] rounded border border-rule bg-paper px-2 text-base text-ink"
        >
          <option value="">全部地点</option>
          {places.map((p) => (
            <option key={p.id} value={p.id}>
              {'　'.repeat(p.depth ?? 0)}
              {p.name}
            </option>
          ))}
        </select>
      </label>
      {category || place ? (
        <button
          type="button"
          onClick={() => (setCategory(''), setPlace(''))}
          className="min-h-11 rounded border border-rule bg-paper px-4 text-ink hover:border-ink"
        >
          清除筛选
        </button>
      ) : null}
      <p role="status" className="min-h-11 flex-1 self-center text-right text-sm text-muted sm:self-end">
        {shown === null ? '' : `显示 ${shown} 项`}
      </p>
    </form>
  );
}
