import { cooperationEdges } from '@/lib/taxonomy/cooperation-graph';
import { layoutPartnerships } from '@/lib/taxonomy/diagram-layout';
import { PARTNERSHIP_STYLE } from '@/lib/taxonomy/partnership-style';
import type { Place } from '@/lib/content/schema';
import { PARTNERSHIP_KIND_NAMES, type Partnership } from '@/lib/taxonomy/schema';

const WIDTH = 440;
const ROW = 44;
const TOP = 24;
const COLUMN_X = [128, WIDTH - 128] as const;
const LANE = 4;

/** Server-rendered SVG of which regions cooperate, and how; the partnerships are listed as text beside it. */
export function CooperationDiagram({ partnerships, places }: { partnerships: readonly Partnership[]; places: readonly Place[] }) {
  const edges = cooperationEdges(partnerships, places);
  const { nodes, rows } = layoutPartnerships(edges);
  const height = TOP * 2 + (rows - 1) * ROW;
  const name = (id: string) => places.find((p) => p.id === id)?.name ?? id;
  const at = (id: string) => {
    const node = nodes.find((n) => n.id === id);
    return { x: COLUMN_X[node?.column ?? 0], y: TOP + (node?.row ?? 0) * ROW };
  };
  const kinds = [...new Set(edges.flatMap((e) => e.kinds))];
  return (
    <figure className="rounded border border-rule bg-paper p-3 sm:p-5">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="diagram-title" className="mx-auto block w-full max-w-2xl font-sans">
        <title id="diagram-title">{`${edges.length} 组地区之间的协作：左列为发起协作的地方，右列为合作伙伴，线型表示合作方式`}</title>
        {edges.flatMap((e) => {
          const a = at(e.from);
          const b = at(e.to);
          // Two kinds of cooperation between one pair run side by side, a few pixels apart.
          return e.kinds.map((kind, lane) => {
            const dy = (lane - (e.kinds.length - 1) / 2) * LANE;
            const style = PARTNERSHIP_STYLE[kind];
            return (
              <path
                key={`${e.from}-${e.to}-${kind}`}
                d={`M${a.x + 8},${a.y + dy} C${WIDTH / 2},${a.y + dy} ${WIDTH / 2},${b.y + dy} ${b.x - 8},${b.y + dy}`}
                fill="none"
                style={{ stroke: style.color }}
                strokeWidth="2.2"
                strokeDasharray={style.dash || undefined}
              />
            );
          });
        })}
        {nodes.map((n) => {
          const { x, y } = at(n.id);
          return (
            <g key={n.id}>
              <circle cx={x} cy={y} r="5" className="fill-ink" />
              <text
                x={n.column === 0 ? x - 12 : x + 12}
                y={y}
                dominantBaseline="central"
                textAnchor={n.column === 0 ? 'end' : 'start'}
                fontSize="17"
                className="fill-ink"
              >
                {name(n.id)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-3 text-center text-sm text-muted">
        <ul aria-label="图例" className="flex flex-wrap justify-center gap-x-4 gap-y-1">
          {kinds.map((kind) => (
            <li key={kind} className="flex items-center gap-1.5">
              <svg aria-hidden="true" width="36" height="8" viewBox="0 0 36 8">
                <line
                  x1="0"
                  y1="4"
                  x2="36"
                  y2="4"
                  style={{ stroke: PARTNERSHIP_STYLE[kind].color }}
                  strokeWidth="2.5"
                  strokeDasharray={PARTNERSHIP_STYLE[kind].dash || undefined}
                />
              </svg>
              {PARTNERSHIP_KIND_NAMES[kind]}
            </li>
          ))}
        </ul>
        <p className="mt-2">镇、村、园区之间的合作归入所在的县级地区；同一县级地区内部的合作只列在下方列表中。</p>
      </figcaption>
    </figure>
  );
}
