/** Marks a sentence the source breaks off, with nothing that continues it. */
export function Cut() {
  return (
    <a href="#editor-notes" className="ml-1 rounded-sm bg-wash px-1 font-sans text-[0.85em] text-muted no-underline hover:text-ink">
      〔原文至此中断〕
    </a>
  );
}
