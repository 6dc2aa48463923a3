import type { ArticleFrontmatter } from './schema';

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
