import type { PartnershipKind } from './schema';

/**
 * Each kind is told apart by its dash pattern as well as its colour, never by colour alone. The
 * colours are CSS variables (app/reader.css) so the lines stay visible in dark and high-contrast reading.
 */
export const PARTNERSHIP_STYLE: Record<PartnershipKind, { color: string; dash: string }> = {
  shanhai: { color: 'var(--kind-shanhai)', dash: '' },
  dongxi: { color: 'var(--kind-dongxi)', dash: '12 6' },
  'duikou-zhiyuan': { color: 'var(--kind-duikou-zhiyuan)', dash: '3 5' },
  'duikou-hezuo': { color: 'var(--kind-duikou-hezuo)', dash: '14 5 3 5' },
  pilin: { color: 'var(--kind-pilin)', dash: '7 4' },
  feidi: { color: 'var(--kind-feidi)', dash: '2 3' },
  yitihua: { color: 'var(--kind-yitihua)', dash: '18 4' },
};
