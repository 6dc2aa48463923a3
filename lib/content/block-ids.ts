import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { jsxAttribute } from './mdx-attributes';

/** Short, stable hash (FNV-1a, 32 bit, base 36): the same text always gets the same id. */
export function textHash(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i += 1) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/**
 * Gives every heading, paragraph and figure an id derived from its own text, so a link to a
 * paragraph survives edits elsewhere in the report. Repeated text gets -2, -3 … in document order.
 */
export function assignBlockIds(tree: Root): void {
  const seen = new Map<string, number>();
  const unique = (base: string) => {
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  };
  visit(tree, (node) => {
    if (node.type === 'heading' || node.type === 'paragraph') {
      const id = unique(`${node.type === 'heading' ? 'h' : 'p'}-${textHash(toString(node))}`);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    } else if (node.type === 'mdxJsxFlowElement' && (node.name === 'Figure' || node.name === 'Voice') && !jsxAttribute(node, 'id')) {
      const key = node.name === 'Figure' ? jsxAttribute(node, 'caption') : jsxAttribute(node, 'name');
      const id = unique(`${node.name === 'Figure' ? 'f' : 'v'}-${textHash(key ?? '')}`);
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: id });
    }
  });
}

/** The same pass as a remark plugin, for the MDX renderer. */
export function remarkBlockIds() {
  return (tree: Root) => assignBlockIds(tree);
}
