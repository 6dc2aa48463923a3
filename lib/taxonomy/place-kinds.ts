import type { Place } from '../content/schema';

export const PLACE_KIND_NAMES: Record<Place['kind'], string> = {
  country: '国家',
  province: '省级',
  city: '市级',
  county: '县级',
  town: '乡镇街道',
  village: '村与社区',
  area: '片区与园区',
};
