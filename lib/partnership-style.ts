import type { PartnershipKind } from './taxonomy-schema';

/** Each kind is told apart by its dash pattern as well as its colour, never by colour alone. */
export const PARTNERSHIP_STYLE: Record<PartnershipKind, { color: string; dash: string }> = {
  shanhai: { color: '#0b6468', dash: '' },
  dongxi: { color: '#a0352a', dash: '12 6' },
  'duikou-zhiyuan': { color: '#7a3b8c', dash: '3 5' },
  'duikou-hezuo': { color: '#1b5584', dash: '14 5 3 5' },
  pilin: { color: '#805b06', dash: '7 4' },
  feidi: { color: '#2a6b46', dash: '2 3' },
  yitihua: { color: '#56534d', dash: '18 4' },
};
