import { layoutPartnerships } from '@/lib/diagram-layout';
import { PARTNERSHIP_STYLE } from '@/lib/partnership-style';
import type { Place } from '@/lib/schema';
import { PARTNERSHIP_KIND_NAMES, type Partnership } from '@/lib/taxonomy-schema';

const WIDTH = 480;
const ROW = 40;
const TOP = 24;

/** Server-rendered SVG of who pairs with whom; the same edges are listed as text beside it. */
export function CooperationDiagram({ partnerships, places }: { partnerships: readonly Partnership[]; places: readonly Place[] }) {
  const edges = partnerships.map((p) => ({ from: p.places[0], to: p.places[1], kind: p.kind }));
  const { nodes, rows } = layoutPartnerships(edges);
  const height = TOP * 2 + (rows - 1) * ROW;
  const name = (id: string) => places.find((p) => p.id === id)?.name ?? id;
  const at = (id: string) => {
    const node = nodes.find((n) => n.id === id);
    return { x: node?.column === 0 ? 118 : WIDTH - 118, y: TOP + (node?.row ?? 0) * ROW };
  };
  const kinds = [...new Set(partnerships.map((p) => p.kind))];
  return (
    <figure className="rounded border border-rule bg-paper p-3 sm:p-5">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="diagram-title" className="mx-auto block w-full max-w-2xl font-sans">
        <title id="diagram-title">{`${edges.length} 对合作关系：左列为发起地，右列为合作伙伴，线型表示合作方式`}</title>
        {edges.map((e, i) => {
          const a = at(e.from);
          const b = at(e.to);
          const style = PARTNERSHIP_STYLE[e.kind as Partnership['kind']];
          return (
            <path
              key={`${e.from}-${e.to}-${e.kind}-${i}`}
              d={`M${a.x + 6},${a.y} C${WIDTH / 2},${a.y} ${WIDTH / 2},${b.y} ${b.x - 6},${b.y}`}
              fill="none"
              style={{ stroke: style.color }}
              strokeWidth="2.2"
              strokeDasharray={style.dash || undefined}
            />
          );
        })}
        {nodes.map((n) => {
          const { x, y } = at(n.id);
          return (
            <g key={n.id}>
              <circle cx={x} cy={y} r="5" className="fill-ink" />
              <text x={n.column === 0 ? x - 10 : x + 10} y={y} dominantBaseline="central" textAnchor={n.column === 0 ? 'end' : 'start'} fontSize="16" className="fill-ink">
                {name(n.id)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul aria-label="图例" className="mt-3 flex flex-wrap justify-center gap-x-4 gap-y-1 text-sm text-muted">
          {kinds.map((kind) => (
            <li key={kind} className="flex items-center gap-1.5">
              <svg aria-hidden="true" width="36" height="8" viewBox="0 0 36 8">
                <line x1="0" y1="4" x2="36" y2="4" style={{ stroke: PARTNERSHIP_STYLE[kind].color }} strokeWidth="2.5" strokeDasharray={PARTNERSHIP_STYLE[kind].dash || undefined} />
              </svg>
              {PARTNERSHIP_KIND_NAMES[kind]}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
