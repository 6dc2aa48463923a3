import { SCRIPT, SCRIPT_PREFIX, type Script } from './script';
import type { ThemeId } from './themes';

/** A site path in this build's script: the Traditional build keeps every link under /zh-hant. */
export const sitePath = (path: string, script: Script = SCRIPT) => (path === '/' && SCRIPT_PREFIX[script] ? SCRIPT_PREFIX[script] : `${SCRIPT_PREFIX[script]}${path}`);

/** The same page in the other script. */
export const otherScriptPath = (path: string) => sitePath(path, SCRIPT === 'hans' ? 'hant' : 'hans');

export const homeHref = () => sitePath('/');
export const pageHref = (page: 'regions' | 'initiatives' | 'cooperation' | 'timeline' | 'about') => sitePath(`/${page}`);
export const articleHref = (slug: string, blockId?: string) => sitePath(`/articles/${slug}${blockId ? `#${blockId}` : ''}`);
export const placeHref = (id: string) => sitePath(`/regions/${id}`);
export const initiativeHref = (id: string) => sitePath(`/initiatives/${id}`);
export const categoryHref = (category: string) => sitePath(`/initiatives#category-${category}`);
export const themeHref = (id: ThemeId) => sitePath(`/themes/${id}`);
export const termHref = (term: { kind: 'place' | 'initiative'; id: string }) => (term.kind === 'place' ? placeHref(term.id) : initiativeHref(term.id));
