import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import { mdxComponents } from '@/components/mdx/mdx-components';
import { remarkBlockIds } from '@/lib/block-ids';

/** Renders a report's MDX at build time; the same id pass as the loader, so ids match. */
export async function ArticleBody({ source }: { source: string }) {
  const { default: Content } = await evaluate(source, { ...runtime, remarkPlugins: [remarkBlockIds] });
  return (
    <div className="reading [grid-area:body]">
      <Content components={mdxComponents} />
    </div>
  );
}
