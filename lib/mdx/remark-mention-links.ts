import type { Link, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { findMentions, type Matcher, type Term } from '../taxonomy/mentions';

export type MentionLinkOptions = { matcher: Matcher; href: (term: Term) => string };

/**
 * Links the first mention of each known place and initiative in every section to its page.
 * Headings, figure captions and existing links are left alone; a new heading starts a new section.
 */
export function remarkMentionLinks({ matcher, href }: MentionLinkOptions) {
  return (tree: Root) => {
    let linked = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'heading') {
        linked = new Set();
        return SKIP;
      }
      if (node.type === 'link' || (node.type === 'mdxJsxFlowElement' && node.name === 'Figure')) return SKIP;
      if (node.type !== 'text' || parent?.type !== 'paragraph' || index === undefined) return undefined;

      const pieces: (Text | Link)[] = [];
      let cursor = 0;
      for (const mention of findMentions(node.value, matcher)) {
        const key = `${mention.kind}:${mention.id}`;
        if (linked.has(key)) continue;
        linked.add(key);
        if (mention.start > cursor) pieces.push({ type: 'text', value: node.value.slice(cursor, mention.start) });
        pieces.push({
          type: 'link',
          url: href(mention),
          children: [{ type: 'text', value: node.value.slice(mention.start, mention.end) }],
          data: { hProperties: { className: ['mention', `mention-${mention.kind}`] } },
        });
        cursor = mention.end;
      }
      if (pieces.length === 0) return undefined;
      if (cursor < node.value.length) pieces.push({ type: 'text', value: node.value.slice(cursor) });
      parent.children.splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    });
  };
}
