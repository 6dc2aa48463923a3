import type { ArticleFrontmatter, PERSON_ROLES } from './schema';

export type RoleGroup = { role: string; names: string[] };

/** "记者 李雨婷 华婷婷 · 通讯员 …": people grouped by role, in the order the byline gives them. */
export function groupByRole(people: ArticleFrontmatter['people']): RoleGroup[] {
  const groups: RoleGroup[] = [];
  for (const { name, role } of people) {
    const group = groups.find((g) => g.role === role);
    if (group) group.names.push(name);
    else groups.push({ role, names: [name] });
  }
  return groups;
}

// Who wrote the report; the others (摄影, 编辑, 责任编辑, 版式) contributed to it.
const WRITING_ROLES = new Set<(typeof PERSON_ROLES)[number]>(['记者', '首席记者', '通讯员', '作者']);

export function writersOf(people: ArticleFrontmatter['people']): string[] {
  return people.filter((p) => WRITING_ROLES.has(p.role)).map((p) => p.name);
}

export function contributorsOf(people: ArticleFrontmatter['people']): string[] {
  return people.filter((p) => !WRITING_ROLES.has(p.role)).map((p) => p.name);
}
