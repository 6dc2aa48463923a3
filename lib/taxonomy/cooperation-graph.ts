import type { Place } from '../content/schema';
import type { Partnership, PartnershipKind } from './schema';

export type CooperationEdge = { from: string; to: string; kinds: PartnershipKind[] };

const BELOW_COUNTY = new Set<Place['kind']>(['town', 'village', 'area']);

/** The county-level (or higher) place a town, village or park belongs to. */
function countyOf(places: readonly Place[], id: string): string {
  let place = places.find((p) => p.id === id);
  while (place && BELOW_COUNTY.has(place.kind) && place.parent) place = places.find((p) => p.id === place?.parent);
  return place?.id ?? id;
}

/**
 * Partnerships between regions for the diagram: each end rolled up to its county-level place, cooperation
 * inside one county left out (the list beside the diagram still names it), one edge per pair with its kinds.
 */
export function cooperationEdges(partnerships: readonly Partnership[], places: readonly Place[]): CooperationEdge[] {
  const edges: CooperationEdge[] = [];
  for (const p of partnerships) {
    const from = countyOf(places, p.places[0]);
    const to = countyOf(places, p.places[1]);
    if (from === to) continue;
    const edge = edges.find((e) => (e.from === from && e.to === to) || (e.from === to && e.to === from));
    if (!edge) edges.push({ from, to, kinds: [p.kind] });
    else if (!edge.kinds.includes(p.kind)) edge.kinds.push(p.kind);
  }
  return edges;
}
