type Tag = { href: string; label: string; note?: string };

export function TagLinks({ tags, label }: { tags: readonly Tag[]; label: string }) {
  if (tags.length === 0) return <p className="text-muted">暂无。</p>;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag.href}>
          <a
            href={tag.href}
            className="inline-flex min-h-11 items-center gap-1.5 rounded-full border border-rule bg-paper px-3.5 text-ink hover:border-[var(--accent)] hover:text-[var(--accent)]"
          >
            {tag.label}
            {tag.note ? <span className="text-sm text-muted">{tag.note}</span> : null}
          </a>
        </li>
      ))}
    </ul>
  );
}
