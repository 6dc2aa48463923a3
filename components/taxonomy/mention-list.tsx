import { excerpt } from '@/lib/taxonomy/excerpt';
import type { MentionHit } from '@/lib/taxonomy/relations';
import { articleHref } from '@/lib/i18n/routes';

/** Each paragraph that names the place or initiative: an excerpt with the name marked, linking to it. */
export function MentionList({ hits }: { hits: readonly MentionHit[] }) {
  if (hits.length === 0) return <p className="text-muted">报道中没有直接提到。</p>;
  const byBlock = new Map<string, MentionHit>();
  for (const hit of hits) if (!byBlock.has(`${hit.article.slug}#${hit.mention.blockId}`)) byBlock.set(`${hit.article.slug}#${hit.mention.blockId}`, hit);
  return (
    <ol className="space-y-3">
      {[...byBlock.values()].map(({ article, mention, text }) => {
        const { before, match, after } = excerpt(text, mention.start, mention.end);
        return (
          <li key={`${article.slug}-${mention.blockId}`} className="rounded border border-rule bg-paper p-4">
            <a href={articleHref(article.slug, mention.blockId)} className="group block">
              <span className="block text-sm text-muted group-hover:text-[var(--accent)]">{article.title}</span>
              <span className="mt-1 block font-serif leading-relaxed text-ink">
                {before}
                <mark className="rounded-sm bg-[var(--accent-wash)] px-0.5 font-bold text-[var(--accent)]">{match}</mark>
                {after}
              </span>
            </a>
          </li>
        );
      })}
    </ol>
  );
}
