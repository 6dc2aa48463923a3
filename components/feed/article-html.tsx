import { mdxComponents } from '@/components/mdx/mdx-components';
import { evaluateArticle } from '@/lib/mdx/evaluate-article';
import type { Article } from '@/lib/content/load-site';
import { formatDate } from '@/lib/content/dates';
import type { Matcher } from '@/lib/taxonomy/mentions';
import { groupByRole } from '@/lib/content/people';
import { articleHref } from '@/lib/i18n/routes';
import { absoluteUrl } from '@/lib/seo/site-url';
import { SITE_NAME } from '@/lib/site/identity';

/** A report's full text as HTML for feeds: the page's own MDX components, then its byline and source. */
export async function articleHtml(article: Article, matcher: Matcher): Promise<string> {
  const Content = await evaluateArticle(article.body, matcher);
  // Route handlers are bundled for React Server Components, where Next refuses react-dom/server.
  // Loaded at run time from node_modules, outside the bundle, it is the ordinary server renderer;
  // the components it renders are plain functions without hooks, so the two React copies agree.
  const { renderToStaticMarkup } = await import(/* turbopackIgnore: true */ 'react-dom/server');
  const html = renderToStaticMarkup(
    <>
      <Content components={mdxComponents} />
      <SourceNote article={article} />
    </>,
  );
  return forFeedReaders(html, absoluteUrl(articleHref(article.slug)));
}

function SourceNote({ article }: { article: Article }) {
  const { date, source } = article;
  const byline = groupByRole(article.people).map((group) => `${group.label}：${group.names.join('、')}`);
  return (
    <>
      <hr />
      {byline.length > 0 ? <p>{byline.join('　')}</p> : null}
      <p>
        来源：{source.publication ?? '原文未注明'}
        {source.note ? `（${source.note}）` : ''}。日期：{formatDate(date)}
        {date.time ? ` ${date.time}` : ''}
        {date.inferred ? '（推断，原文未注明）' : ''}。
      </p>
      <p>
        编者注与原文说明见{SITE_NAME}：<a href={articleHref(article.slug)}>{article.title}</a>
      </p>
    </>
  );
}

/**
 * Feed readers show the HTML without our stylesheet and away from our site: links become absolute
 * ("#id" → the report's page), class names go, and decorative icons (which would render at full
 * width without CSS) are dropped. React always writes attributes double-quoted and escaped.
 */
export function forFeedReaders(html: string, pageUrl: string): string {
  return html
    .replace(/<svg aria-hidden="true"[^>]*>[\s\S]*?<\/svg>/g, '')
    .replace(/ class="[^"]*"/g, '')
    .replace(/ (href|src)="([^"]*)"/g, (_, attribute: string, url: string) => {
      const absolute = url.startsWith('#') ? `${pageUrl}${url}` : /^\/(?!\/)/.test(url) ? absoluteUrl(url) : url;
      return ` ${attribute}="${absolute}"`;
    });
}
