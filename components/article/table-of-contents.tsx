import type { Block } from '@/lib/content/article-blocks';

type Heading = Extract<Block, { type: 'heading' }>;

export function TableOfContents({ blocks }: { blocks: readonly Block[] }) {
  const headings = blocks.filter((b): b is Heading => b.type === 'heading');
  if (headings.length === 0) return null;
  return (
    <nav aria-labelledby="toc-title" className="[grid-area:toc] lg:sticky lg:top-6 lg:self-start">
      <details open className="group rounded border border-rule bg-wash/60 px-4 py-2 lg:border-0 lg:bg-transparent lg:px-0">
        <summary className="flex min-h-11 cursor-pointer items-center font-bold text-ink lg:pointer-events-none lg:list-none">
          <span id="toc-title">目录</span>
        </summary>
        <ol className="mb-2 space-y-0.5 border-l border-rule text-[0.95rem] leading-snug">
          {headings.map((h) => (
            <li key={h.id}>
              <a
                href={`#${h.id}`}
                className={`-ml-px flex min-h-11 items-center border-l-2 border-transparent py-1 pr-2 text-muted hover:border-[var(--accent)] hover:text-ink ${h.depth > 2 ? 'pl-7 text-[0.9rem]' : 'pl-3'}`}
              >
                {h.text}
              </a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
