import type { Place } from './schema';

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
