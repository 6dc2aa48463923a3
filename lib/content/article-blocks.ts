import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { assignBlockIds } from './block-ids';
import { jsxAttribute } from './mdx-attributes';
import { MDX_COMPONENTS } from './mdx-components-spec';

export type Block =
  | { type: 'heading'; id: string; depth: number; text: string }
  | { type: 'paragraph'; id: string; text: string; sectionId: string | null }
  | { type: 'figure'; id: string; caption: string; credit: string | null }
  | { type: 'voice'; id: string; text: string };

/** The words a block contributes as content: headings are labels and contribute none. */
export function blockText(block: Block): string {
  return block.type === 'figure' ? block.caption : block.type === 'heading' ? '' : block.text;
}

export function parseBody(body: string): Root {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body);
  assignBlockIds(tree);
  return tree;
}

/** Problems an author must fix: unknown components, missing attributes, code in content. */
export function findBodyProblems(tree: Root): string[] {
  const problems: string[] = [];
  const at = (line: number | undefined) => (line ? `第 ${line} 行` : '正文');
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      problems.push(`${at(line)}: 正文不允许 import/export 或 {表达式} (no code in content)`);
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      const spec = MDX_COMPONENTS[name];
      if (!spec) {
        problems.push(`${at(line)}: 未知的 MDX 组件 <${name || '>'}> (unknown MDX component; allowed: ${Object.keys(MDX_COMPONENTS).join(', ')})`);
        return;
      }
      for (const attribute of spec.required) {
        if (!jsxAttribute(node, attribute)) problems.push(`${at(line)}: <${name}> 缺少属性 ${attribute} (missing attribute)`);
      }
      const known = new Set([...spec.required, ...spec.optional, 'id']);
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || !known.has(attribute.name)) {
          const label = attribute.type === 'mdxJsxAttribute' ? attribute.name : '{...}';
          problems.push(`${at(line)}: <${name}> 不认识的属性 ${label} (unknown attribute)`);
        }
      }
    }
  });
  return problems;
}

export function extractBlocks(tree: Root): Block[] {
  const blocks: Block[] = [];
  let sectionId: string | null = null;
  visit(tree, (node) => {
    const id = node.type === 'heading' || node.type === 'paragraph' ? node.data?.hProperties?.id : undefined;
    if (node.type === 'heading' && typeof id === 'string') {
      sectionId = id;
      blocks.push({ type: 'heading', id, depth: node.depth, text: toString(node) });
    } else if (node.type === 'paragraph' && typeof id === 'string') {
      blocks.push({ type: 'paragraph', id, text: toString(node), sectionId });
    } else if (node.type === 'mdxJsxFlowElement' && node.name === 'Figure') {
      blocks.push({
        type: 'figure',
        id: jsxAttribute(node, 'id') ?? '',
        caption: jsxAttribute(node, 'caption') ?? '',
        credit: jsxAttribute(node, 'credit') ?? null,
      });
    } else if (node.type === 'mdxJsxFlowElement' && node.name === 'Voice') {
      // The speaker and role are words of the source too: searchable, checked for fidelity.
      blocks.push({ type: 'voice', id: jsxAttribute(node, 'id') ?? '', text: `${jsxAttribute(node, 'name') ?? ''}（${jsxAttribute(node, 'role') ?? ''}）` });
    }
  });
  return blocks;
}
