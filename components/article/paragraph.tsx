import type { ComponentProps } from 'react';

/**
 * A body paragraph ending in a link to itself. Without JavaScript it is a plain permalink; the
 * article tools (components/reader/article-tools.tsx) turn a press into copy or share.
 */
export function Paragraph({ id, children, ...props }: ComponentProps<'p'>) {
  return (
    <p id={id} {...props}>
      {children}
      {id ? (
        <a href={`#${id}`} className="para-link" aria-label="本段链接">
          <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
            <path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1" />
          </svg>
        </a>
      ) : null}
    </p>
  );
}
