/** Words offered on the search page before a search and when one finds nothing; each has results. */
export const SEARCH_SUGGESTIONS = ['飞地', '强村公司', '对口支援', '山海协作', '养老', '托育', '芹菜', '共同富裕示范区'] as const;
