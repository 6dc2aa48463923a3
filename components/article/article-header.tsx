import { ArticleTools } from '@/components/reader/article-tools';
import type { Article } from '@/lib/content/load-site';
import { articleHref } from '@/lib/i18n/routes';
import { themeById } from '@/lib/content/themes';
import { Byline } from './byline';

export function ArticleHeader({ article }: { article: Article }) {
  return (
    <header className="[grid-area:header]">
      <p className="text-sm font-bold tracking-wider text-[var(--accent)]">{themeById(article.theme).name}</p>
      {article.kicker ? <p className="mt-3 text-base leading-relaxed text-muted sm:text-lg">{article.kicker}</p> : null}
      <h1 id="article-title" className="mt-2 text-[1.7rem] leading-snug font-bold tracking-wide text-balance text-ink sm:text-4xl sm:leading-tight">
        {article.title}
      </h1>
      <p className="mt-4 font-serif text-[1.05rem] leading-relaxed text-muted">
        <span className="mr-2 rounded-sm border border-rule px-1.5 py-0.5 font-sans text-xs text-muted">本站摘要</span>
        {article.summary}
      </p>
      <Byline article={article} />
      <ArticleTools path={articleHref(article.slug)} title={article.title} />
    </header>
  );
}
