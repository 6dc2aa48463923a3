export type Edge = { from: string; to: string };
export type Node = { id: string; column: 0 | 1; row: number };

/**
 * Two columns: the places that lead each partnership on the left, their partners on the right,
 * partners ordered by the mean row of the places they pair with, to keep crossings few.
 */
export function layoutPartnerships(edges: readonly Edge[]): { nodes: Node[]; rows: number } {
  const left: string[] = [];
  for (const e of edges) if (!left.includes(e.from)) left.push(e.from);
  const right = [...new Set(edges.map((e) => e.to).filter((id) => !left.includes(id)))];
  const meanRow = (id: string) => {
    const rows = edges.filter((e) => e.to === id).map((e) => left.indexOf(e.from));
    return rows.reduce((a, b) => a + b, 0) / rows.length;
  };
  right.sort((a, b) => meanRow(a) - meanRow(b) || a.localeCompare(b));
  const rows = Math.max(left.length, right.length);
  const spread = (ids: string[], column: 0 | 1): Node[] =>
    ids.map((id, i) => ({ id, column, row: ids.length === rows ? i : (i + 0.5) * (rows / ids.length) - 0.5 }));
  return { nodes: [...spread(left, 0), ...spread(right, 1)], rows };
}
