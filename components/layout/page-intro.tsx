import type { ReactNode } from 'react';

/** Title band at the top of index and taxonomy pages; takes the theme accent when inside one. */
export function PageIntro({ eyebrow, title, children }: { eyebrow?: ReactNode; title: string; children?: ReactNode }) {
  return (
    <header className="border-b border-rule py-8 sm:py-12">
      {eyebrow ? <div className="text-sm font-bold tracking-wider text-[var(--accent)]">{eyebrow}</div> : null}
      <h1 className="mt-2 text-3xl leading-tight font-bold text-ink sm:text-4xl">{title}</h1>
      {children ? <div className="mt-4 max-w-3xl font-serif text-lg leading-relaxed text-muted">{children}</div> : null}
    </header>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="py-8">
      <h2 id={id} className="mb-4 border-l-4 border-[var(--accent)] pl-3 text-xl font-bold text-ink sm:text-2xl">
        {title}
      </h2>
      {children}
    </section>
  );
}
