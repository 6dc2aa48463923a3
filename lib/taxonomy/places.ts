import type { Place } from '../content/schema';

/** Cross-checks the place list: unique ids, known parents, no cycles. Returns field + message pairs. */
export function validatePlaces(places: readonly Place[]): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const byId = new Map<string, Place>();
  places.forEach((place, index) => {
    if (byId.has(place.id)) problems.push({ field: `[${index}].id`, message: `重复的 id “${place.id}”` });
    byId.set(place.id, place);
  });
  places.forEach((place, index) => {
    if (place.parent !== null && !byId.has(place.parent)) {
      problems.push({ field: `[${index}].parent`, message: `未知的上级地点 “${place.parent}”` });
    }
  });
  places.forEach((place, index) => {
    const seen = new Set<string>([place.id]);
    for (let up = place.parent; up !== null; up = byId.get(up)?.parent ?? null) {
      if (seen.has(up)) {
        problems.push({ field: `[${index}].parent`, message: `上级关系成环: ${[...seen, up].join(' → ')}` });
        break;
      }
      seen.add(up);
    }
  });
  return problems;
}

export function placeIndex(places: readonly Place[]): ReadonlyMap<string, Place> {
  return new Map(places.map((p) => [p.id, p]));
}

/** From the top of the hierarchy down to the place itself. */
export function ancestry(places: readonly Place[], id: string): Place[] {
  const byId = placeIndex(places);
  const chain: Place[] = [];
  for (let place = byId.get(id); place; place = place.parent ? byId.get(place.parent) : undefined) chain.unshift(place);
  return chain;
}

export function childrenOf(places: readonly Place[], id: string | null): Place[] {
  return places.filter((p) => p.parent === id);
}

/** The place and everything below it. */
export function subtree(places: readonly Place[], id: string): Set<string> {
  const ids = new Set([id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of places) {
      if (p.parent && ids.has(p.parent) && !ids.has(p.id)) {
        ids.add(p.id);
        grew = true;
      }
    }
  }
  return ids;
}
