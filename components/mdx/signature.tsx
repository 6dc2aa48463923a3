/** The author's name under a signed sidebar such as 采访札记. */
export function Signature({ name }: { name: string }) {
  return <div className="-mt-2 mb-5 font-sans text-[0.95em] text-muted">■ {name}</div>;
}
