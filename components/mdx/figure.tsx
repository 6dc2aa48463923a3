/** A caption from the printed page. The paper's photo is not reproduced, and the block says so. */
export function Figure({ id, caption, credit }: { id?: string; caption: string; credit?: string }) {
  return (
    <figure
      id={id}
      className="my-8 flex gap-3 rounded border border-dashed border-rule bg-wash/70 px-4 py-3 font-sans text-[0.9rem] leading-relaxed text-muted"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="mt-0.5 size-5 shrink-0 fill-none stroke-current" strokeWidth="1.6">
        <path d="M4 8h3l2-2.5h6L17 8h3v11H4z" strokeLinejoin="round" />
        <circle cx="12" cy="13" r="3.5" />
      </svg>
      <figcaption>
        <span className="mr-2 inline-block rounded-sm bg-paper px-1.5 text-xs font-bold text-muted">原文配图·图片未收录</span>{' '}
        <span className="text-ink">{caption}</span>
        {credit ? <span className="ml-2 whitespace-nowrap">（{credit}）</span> : null}
      </figcaption>
    </figure>
  );
}
