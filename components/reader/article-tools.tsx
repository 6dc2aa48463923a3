'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { ReadAloud } from './read-aloud';

const button = 'inline-flex min-h-11 items-center gap-1.5 rounded border border-rule bg-paper px-3 text-ink hover:border-ink';

/**
 * The tools of a report page, in one island: read aloud, share, print, and (by one delegated
 * listener on the body) copy or share the link of any paragraph. `path` is the report's address.
 */
export function ArticleTools({ path, title }: { path: string; title: string }) {
  const [url, setUrl] = useState(path);
  const [message, setMessage] = useState('');
  const timer = useRef<number>(undefined);

  const notify = useCallback((text: string, ms = 4000) => {
    window.clearTimeout(timer.current);
    setMessage(text);
    timer.current = window.setTimeout(() => setMessage(''), ms);
  }, []);

  const copy = useCallback(
    async (link: string, done: string) => {
      try {
        await navigator.clipboard.writeText(link);
        notify(done);
      } catch {
        notify(`无法自动复制，请手动复制：${link}`, 15000);
      }
    },
    [notify],
  );

  /** The phone's share sheet where there is one; otherwise the link is copied. */
  const share = useCallback(
    async (link: string, done: string) => {
      if (typeof navigator.share === 'function') {
        try {
          await navigator.share({ title, url: link });
          return;
        } catch (error) {
          if (error instanceof DOMException && error.name === 'AbortError') return;
        }
      }
      await copy(link, done);
    },
    [copy, title],
  );

  useEffect(() => {
    const page = new URL(path, window.location.origin).href;
    setUrl(page);
    const body = document.querySelector('.reading');
    if (!body) return;
    const onClick = (event: Event) => {
      const target = event.target instanceof Element ? event.target : null;
      const link = target?.closest('a.para-link');
      if (link) {
        event.preventDefault();
        const href = `${page}${link.getAttribute('href') ?? ''}`;
        // A touch screen with a share sheet shares; elsewhere the link is copied.
        if (window.matchMedia('(pointer: coarse)').matches) void share(href, '已复制本段链接');
        else void copy(href, '已复制本段链接');
        return;
      }
      // A tap on a paragraph's text shows its link (hover does this for a mouse).
      const paragraph = target?.closest('p');
      if (paragraph && !target?.closest('a') && body.contains(paragraph)) {
        body.querySelector('p[data-active]')?.removeAttribute('data-active');
        paragraph.setAttribute('data-active', '');
      }
    };
    body.addEventListener('click', onClick);
    return () => body.removeEventListener('click', onClick);
  }, [path, copy, share]);

  return (
    <>
      <div className="mt-4 flex flex-wrap gap-2 print:hidden">
        <ReadAloud onError={notify} />
        <button type="button" onClick={() => void share(url, '已复制本文链接')} className={button}>
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-5 fill-none stroke-current"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <path d="M12 15V3M7.5 7.5 12 3l4.5 4.5M5 12v8h14v-8" />
          </svg>
          分享
        </button>
        <button type="button" onClick={() => window.print()} className={button}>
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-none stroke-current" strokeWidth="1.8" strokeLinejoin="round">
            <path d="M7 9V3h10v6M7 17H4v-8h16v8h-3M7 14h10v7H7z" />
          </svg>
          打印
        </button>
      </div>
      <p className="print-only mt-3 text-sm">本文网址：{url}</p>
      <p
        role="status"
        className={`fixed inset-x-3 bottom-4 z-50 mx-auto max-w-md rounded px-4 text-center break-all print:hidden ${message ? 'bg-ink py-3 text-paper shadow-lg' : ''}`}
      >
        {message}
      </p>
    </>
  );
}
