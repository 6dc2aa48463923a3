import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import { remarkBlockIds } from '../content/block-ids';
import type { Matcher } from '../taxonomy/mentions';
import { remarkMentionLinks } from './remark-mention-links';
import { termHref } from '../i18n/routes';

/** A report's MDX body as a component: block ids and mention links exactly as the page shows them. */
export async function evaluateArticle(source: string, matcher: Matcher) {
  const { default: Content } = await evaluate(source, {
    ...runtime,
    remarkPlugins: [remarkBlockIds, [remarkMentionLinks, { matcher, href: termHref }]],
  });
  return Content;
}
