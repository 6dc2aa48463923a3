import type { Article } from '@/lib/content/load-site';

/** 编者注: every repair the editors made, and why a date is what it is. */
export function EditorNotes({ notes, date }: Pick<Article, 'notes' | 'date'>) {
  const items = [...(date.inferred && date.basis ? [`日期为推断：${date.basis}`] : []), ...notes.map((n) => n.text)];
  if (items.length === 0) return null;
  return (
    <aside
      id="editor-notes"
      aria-labelledby="editor-notes-title"
      className="mt-12 rounded border-t-2 border-[var(--accent)] bg-wash px-4 py-4 text-[0.95rem] leading-relaxed text-muted sm:px-5"
    >
      <h2 id="editor-notes-title" className="font-bold text-ink">
        编者注
      </h2>
      <ol className="mt-2 list-decimal space-y-1.5 pl-5">
        {items.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ol>
    </aside>
  );
}
