import type { ThemeId } from './themes';

export const articleHref = (slug: string, blockId?: string) => `/articles/${slug}${blockId ? `#${blockId}` : ''}`;
export const placeHref = (id: string) => `/regions/${id}`;
export const initiativeHref = (id: string) => `/initiatives/${id}`;
export const themeHref = (id: ThemeId) => `/themes/${id}`;
export const termHref = (term: { kind: 'place' | 'initiative'; id: string }) => (term.kind === 'place' ? placeHref(term.id) : initiativeHref(term.id));
export const searchHref = (query?: string) => `/search${query ? `?q=${encodeURIComponent(query)}` : ''}`;
export const searchIndexHref = () => '/search-index.json';
