export const THEME_IDS = ['xiaoshan', 'pinghu', 'wenzhou', 'hangzhou', 'duikou'] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export type Theme = { id: ThemeId; name: string; tagline: string };

// Order here is the site's reading order: home groups and previous/next links follow it.
export const THEMES: readonly Theme[] = [
  { id: 'xiaoshan', name: '萧山', tagline: '杭州市萧山区' },
  { id: 'pinghu', name: '平湖', tagline: '嘉兴市平湖市' },
  { id: 'wenzhou', name: '温州·龙湾与乐清', tagline: '温州市龙湾区、乐清市' },
  { id: 'hangzhou', name: '杭州', tagline: '杭州市' },
  { id: 'duikou', name: '对口协作', tagline: '山海协作、东西部协作、对口支援、对口合作' },
];

export function themeById(id: ThemeId): Theme {
  const theme = THEMES.find((t) => t.id === id);
  if (!theme) throw new Error(`unknown theme ${id}`);
  return theme;
}

export function themeOrder(id: ThemeId): number {
  return THEME_IDS.indexOf(id);
}
