import type { Article } from '@/lib/content/load-site';
import { formatDate, machineDate } from '@/lib/content/dates';
import { articleHref } from '@/lib/i18n/routes';

type Props = { article: Pick<Article, 'slug' | 'title' | 'kicker' | 'summary' | 'source' | 'date' | 'people' | 'readingMinutes'> };

export function ArticleCard({ article }: Props) {
  const authors = article.people.filter((p) => p.role === 'reporter' || p.role === 'chief-reporter' || p.role === 'author').map((p) => p.name);
  return (
    <li className="group relative flex flex-col rounded border border-rule bg-paper p-5 hover:border-[var(--accent)]">
      {article.kicker ? <p className="text-sm text-muted">{article.kicker}</p> : null}
      <h3 className="mt-1 text-xl leading-snug font-bold text-ink">
        <a href={articleHref(article.slug)} className="after:absolute after:inset-0 after:content-[''] group-hover:text-[var(--accent)]">
          {article.title}
        </a>
      </h3>
      <p className="mt-3 flex-1 font-serif leading-relaxed text-muted">{article.summary}</p>
      <p className="mt-4 text-sm text-muted">
        {[article.source.publication, authors.join(' ')].filter(Boolean).join(' · ')}
        {article.source.publication || authors.length > 0 ? ' · ' : ''}
        <time dateTime={machineDate(article.date)}>{formatDate(article.date)}</time>
        {article.date.inferred ? '（推断）' : ''} · {article.readingMinutes} 分钟
      </p>
    </li>
  );
}
