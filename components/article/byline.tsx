import { formatDate, machineDate } from '@/lib/content/dates';
import type { Article } from '@/lib/content/load-site';
import { groupByRole } from '@/lib/content/people';

type Props = { article: Pick<Article, 'people' | 'credits' | 'source' | 'date' | 'readingMinutes' | 'readingUnits'> };

export function Byline({ article }: Props) {
  const { date, source } = article;
  return (
    <dl className="mt-5 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 border-y border-rule py-3 text-[0.95rem] leading-relaxed text-muted">
      {groupByRole(article.people).map((group) => (
        <div key={group.role} className="contents">
          <dt className="text-muted">{group.label}</dt>
          <dd className="text-ink">{group.names.join('　')}</dd>
        </div>
      ))}
      {article.credits.map((credit) => (
        <div key={credit} className="contents">
          <dt>图片</dt>
          <dd className="text-ink">{credit}</dd>
        </div>
      ))}
      <dt>来源</dt>
      <dd className={source.publication ? 'text-ink' : ''}>{source.publication ?? '原文未注明'}</dd>
      {source.note ? (
        <>
          <dt>说明</dt>
          <dd className="text-ink">{source.note}</dd>
        </>
      ) : null}
      <dt>日期</dt>
      <dd className="text-ink">
        <time dateTime={machineDate(date)}>
          {formatDate(date)}
          {date.time ? ` ${date.time}` : ''}
        </time>
        {date.inferred ? (
          <a href="#editor-notes" className="ml-2 rounded-sm bg-wash px-1.5 py-0.5 text-sm text-muted underline decoration-dotted hover:text-ink">
            推断日期，原文未注明
          </a>
        ) : null}
      </dd>
      <dt>篇幅</dt>
      <dd className="text-ink">
        约 {article.readingUnits.toLocaleString('zh-CN')} 字 · 阅读约 {article.readingMinutes} 分钟
      </dd>
    </dl>
  );
}
