import type { Article } from '@/lib/content';

export function EditorNotes({ notes }: { notes: Article['notes'] }) {
  if (notes.length === 0) return null;
  return (
    <aside id="editor-notes" aria-labelledby="editor-notes-title" className="mt-12 rounded border-t-2 border-[var(--accent)] bg-wash px-4 py-4 text-[0.95rem] leading-relaxed text-muted sm:px-5">
      <h2 id="editor-notes-title" className="font-bold text-ink">
        编者注
      </h2>
      <ol className="mt-2 list-decimal space-y-1.5 pl-5">
        {notes.map((note) => (
          <li key={note.text}>{note.text}</li>
        ))}
      </ol>
    </aside>
  );
}
