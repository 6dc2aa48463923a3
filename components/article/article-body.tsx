import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import { mdxComponents } from '@/components/mdx/mdx-components';
import { remarkBlockIds } from '@/lib/block-ids';
import type { Matcher } from '@/lib/mentions';
import { remarkMentionLinks } from '@/lib/remark-mention-links';
import { termHref } from '@/lib/routes';
import { Paragraph } from './paragraph';

/** Renders a report's MDX at build time; the same id pass as the loader, so ids match. */
export async function ArticleBody({ source, matcher }: { source: string; matcher: Matcher }) {
  const { default: Content } = await evaluate(source, {
    ...runtime,
    remarkPlugins: [remarkBlockIds, [remarkMentionLinks, { matcher, href: termHref }]],
  });
  return (
    <div className="reading [grid-area:body]">
      <Content components={{ ...mdxComponents, p: Paragraph }} />
    </div>
  );
}
