import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleHeader } from '@/components/article/article-header';
import { ArticleLinks } from '@/components/article/article-links';
import { ArticlePager } from '@/components/article/article-pager';
import { EditorNotes } from '@/components/article/editor-notes';
import { TableOfContents } from '@/components/article/table-of-contents';
import { JsonLd } from '@/components/seo/json-ld';
import { findWithNeighbours } from '@/lib/content/article-lookup';
import { getSite } from '@/lib/content/load-site';
import { articleMetadata } from '@/lib/seo/page-metadata';
import { articleTrail, breadcrumbLd, newsArticleLd } from '@/lib/seo/structured-data';

export const dynamicParams = false;

export function generateStaticParams() {
  return getSite().articles.map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/articles/[slug]'>): Promise<Metadata> {
  const found = findWithNeighbours(getSite().articles, (await params).slug);
  if (!found) return {};
  return articleMetadata(found.article);
}

export default async function ArticlePage({ params }: PageProps<'/articles/[slug]'>) {
  const site = getSite();
  const found = findWithNeighbours(site.articles, (await params).slug);
  if (!found) notFound();
  const { article, previous, next } = found;
  return (
    <article data-theme={article.theme} aria-labelledby="article-title" className="mx-auto max-w-6xl px-3 pt-8 sm:px-6 sm:pt-12">
      <JsonLd data={newsArticleLd(article, site.places)} />
      <JsonLd data={breadcrumbLd(articleTrail(article))} />
      <div className="article-grid grid gap-x-14 gap-y-6 [grid-template-areas:'header''toc''body'] lg:grid-cols-[minmax(0,40rem)_14rem] lg:[grid-template-areas:'header_.''body_toc']">
        <ArticleHeader article={article} />
        <TableOfContents blocks={article.blocks} />
        <ArticleBody source={article.body} matcher={site.matcher} />
      </div>
      <div className="max-w-[40rem]">
        <EditorNotes notes={article.notes} date={article.date} />
        <ArticleLinks article={article} site={site} />
        <ArticlePager previous={previous} next={next} />
      </div>
    </article>
  );
}
