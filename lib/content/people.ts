import type { ArticleFrontmatter, PersonRole } from './schema';

/** Each role as the byline writes it. */
export const PERSON_ROLE_LABELS: Record<PersonRole, string> = {
  reporter: '记者',
  'chief-reporter': '首席记者',
  correspondent: '通讯员',
  photographer: '摄影',
  editor: '编辑',
  'duty-editor': '责任编辑',
  layout: '版式',
  author: '作者',
};

export type RoleGroup = { role: PersonRole; label: string; names: string[] };

/** "记者 李雨婷 华婷婷 · 通讯员 …": people grouped by role, in the order the byline gives them. */
export function groupByRole(people: ArticleFrontmatter['people']): RoleGroup[] {
  const groups: RoleGroup[] = [];
  for (const { name, role } of people) {
    const group = groups.find((g) => g.role === role);
    if (group) group.names.push(name);
    else groups.push({ role, label: PERSON_ROLE_LABELS[role], names: [name] });
  }
  return groups;
}

// Who wrote the report; the others (photographer, editors, layout) contributed to it.
const WRITING_ROLES = new Set<PersonRole>(['reporter', 'chief-reporter', 'correspondent', 'author']);

export function writersOf(people: ArticleFrontmatter['people']): string[] {
  return people.filter((p) => WRITING_ROLES.has(p.role)).map((p) => p.name);
}

export function contributorsOf(people: ArticleFrontmatter['people']): string[] {
  return people.filter((p) => !WRITING_ROLES.has(p.role)).map((p) => p.name);
}
