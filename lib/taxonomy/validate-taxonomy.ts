import type { Place } from '../content/schema';
import type { Initiative, Partnership, ThemeEntry, TimelineEvent } from './schema';

export type Taxonomy = {
  places: Place[];
  initiatives: Initiative[];
  partnerships: Partnership[];
  timeline: TimelineEvent[];
  themes: ThemeEntry[];
};

export type TaxonomyProblem = { file: 'places' | 'initiatives' | 'partnerships' | 'timeline' | 'themes'; field: string; message: string };

/** Cross-references between the taxonomy files: ids exist, nothing is named twice. */
export function validateTaxonomy(taxonomy: Taxonomy): TaxonomyProblem[] {
  const problems: TaxonomyProblem[] = [];
  const placeIds = new Set(taxonomy.places.map((p) => p.id));
  const initiativeIds = new Set<string>();
  const checkPlace = (file: TaxonomyProblem['file'], field: string, id: string) => {
    if (!placeIds.has(id)) problems.push({ file, field, message: `未知地点 id “${id}”` });
  };

  taxonomy.initiatives.forEach((initiative, i) => {
    if (initiativeIds.has(initiative.id)) problems.push({ file: 'initiatives', field: `[${i}].id`, message: `重复的 id “${initiative.id}”` });
    initiativeIds.add(initiative.id);
    initiative.places.forEach((id, j) => checkPlace('initiatives', `[${i}].places[${j}]`, id));
  });
  taxonomy.initiatives.forEach((initiative, i) =>
    initiative.related.forEach((id, j) => {
      if (!initiativeIds.has(id)) problems.push({ file: 'initiatives', field: `[${i}].related[${j}]`, message: `未知举措 id “${id}”` });
    }),
  );
  taxonomy.partnerships.forEach((p, i) => {
    p.places.forEach((id, j) => checkPlace('partnerships', `[${i}].places[${j}]`, id));
    if (p.places[0] === p.places[1]) problems.push({ file: 'partnerships', field: `[${i}].places`, message: '合作双方不能是同一地点' });
  });
  taxonomy.themes.forEach((theme, i) => theme.places.forEach((id, j) => checkPlace('themes', `[${i}].places[${j}]`, id)));
  problems.push(...findNameClashes(taxonomy));
  return problems;
}

/** Every name and alias must point at one entry only, and an alias must add something to the name. */
function findNameClashes({ places, initiatives }: Taxonomy): TaxonomyProblem[] {
  const problems: TaxonomyProblem[] = [];
  const owner = new Map<string, string>();
  const entries = [
    ...places.map((p, i) => ({ file: 'places' as const, index: i, key: `地点 ${p.id}`, name: p.name, aliases: p.aliases })),
    ...initiatives.map((p, i) => ({ file: 'initiatives' as const, index: i, key: `举措 ${p.id}`, name: p.name, aliases: p.aliases })),
  ];
  for (const entry of entries) {
    const terms: [string, string][] = [['name', entry.name], ...entry.aliases.map((a, j): [string, string] => [`aliases[${j}]`, a])];
    const own = new Set<string>();
    for (const [field, term] of terms) {
      const other = owner.get(term);
      if (own.has(term)) {
        problems.push({ file: entry.file, field: `[${entry.index}].${field}`, message: `“${term}”重复列出 (duplicate alias)` });
      } else if (other && other !== entry.key) {
        problems.push({ file: entry.file, field: `[${entry.index}].${field}`, message: `“${term}”已是${other}的名称或别名 (overlapping alias)` });
      }
      own.add(term);
      owner.set(term, entry.key);
    }
  }
  return problems;
}
