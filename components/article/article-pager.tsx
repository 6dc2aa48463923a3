import type { Article } from '@/lib/content/load-site';
import { articleHref } from '@/lib/i18n/routes';

type Neighbour = Pick<Article, 'slug' | 'title'> | undefined;

export function ArticlePager({ previous, next }: { previous: Neighbour; next: Neighbour }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="上一篇与下一篇" className="mt-10 grid gap-3 border-t border-rule pt-6 sm:grid-cols-2">
      {previous ? (
        <a href={articleHref(previous.slug)} rel="prev" className="block rounded border border-rule p-4 hover:border-[var(--accent)] hover:bg-wash">
          <span className="block text-sm text-muted">上一篇</span>
          <span className="mt-1 block font-bold text-ink">{previous.title}</span>
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a href={articleHref(next.slug)} rel="next" className="block rounded border border-rule p-4 text-right hover:border-[var(--accent)] hover:bg-wash">
          <span className="block text-sm text-muted">下一篇</span>
          <span className="mt-1 block font-bold text-ink">{next.title}</span>
        </a>
      ) : null}
    </nav>
  );
}
