export type ContentIssue = { file: string; field: string; message: string };

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file} › ${issue.field}: ${issue.message}`;
}

/** Every problem in content/, reported at once so an author fixes them in one pass. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    const count = issues.length;
    super(`内容有 ${count} 处错误 (content has ${count} problem${count === 1 ? '' : 's'}):\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`);
    this.name = 'ContentError';
    this.issues = issues;
  }
}

/** zod issue path → "date.value", "people[1].role" */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '') || '(root)';
}
