import { mdxComponents } from '@/components/mdx/mdx-components';
import { evaluateArticle } from '@/lib/mdx/evaluate-article';
import type { Matcher } from '@/lib/taxonomy/mentions';
import { Paragraph } from './paragraph';

/** Renders a report's MDX at build time; the same id pass as the loader, so ids match. */
export async function ArticleBody({ source, matcher }: { source: string; matcher: Matcher }) {
  const Content = await evaluateArticle(source, matcher);
  return (
    <div className="reading [grid-area:body]">
      <Content components={{ ...mdxComponents, p: Paragraph }} />
    </div>
  );
}
