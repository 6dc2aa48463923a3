import type { ReactNode } from 'react';

/** One voice in a vox-pop sidebar: who, their role, what they said. */
export function Voice({ id, name, role, children }: { id?: string; name: string; role: string; children: ReactNode }) {
  return (
    <div id={id} className="voice my-6 border-l-4 border-[var(--accent)] bg-[var(--accent-wash)] px-4 pt-3 pb-1">
      <div className="mb-1 font-sans">
        <strong className="text-ink">{name}</strong>
        <span className="text-[0.9em] text-muted">（{role}）</span>
      </div>
      {children}
    </div>
  );
}
