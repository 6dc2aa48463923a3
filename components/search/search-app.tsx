'use client';

import { Fragment, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { searchHref, searchIndexHref } from '@/lib/i18n/routes';
import { SITE_NAME } from '@/lib/site/identity';
import type { Segment } from '@/lib/search/engine';
import type { BlockKind } from '@/lib/search/index-data';
import type { LoadedSearch, ResultView } from '@/lib/search/view';
import { SearchField } from './search-field';

type Ready = { view: typeof import('@/lib/search/view'); search: LoadedSearch };
type Filters = { place: string; category: string };

const FIRST_PAGE = { initiatives: 6, blocks: 20 };
const NO_FILTERS: Filters = { place: '', category: '' };
const KIND_LABELS: Record<BlockKind, string> = { paragraph: '', heading: '小标题', figure: '图片说明', voice: '受访者' };

let loading: Promise<Ready> | null = null;

/** The engine and the index, fetched once per page; the timings go to the User Timing API for the benchmark. */
function loadIndex(): Promise<Ready> {
  loading ??= (async () => {
    performance.mark('search:index-load-start');
    const [view, response] = await Promise.all([import('@/lib/search/view'), fetch(searchIndexHref())]);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const data: unknown = await response.json();
    performance.mark('search:index-build-start');
    const search = view.loadSearch(data);
    performance.measure('search:index-build', 'search:index-build-start');
    performance.measure('search:index-load', 'search:index-load-start');
    return { view, search };
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** Long input is shown shortened in messages; the search itself uses all of it. */
function shown(query: string): string {
  const chars = [...query.trim()];
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : chars.join('');
}

function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((s, i) =>
    s.hit ? (
      <mark key={i} className="rounded-sm bg-[#fbe3a0] text-ink">
        {s.text}
      </mark>
    ) : (
      <Fragment key={i}>{s.text}</Fragment>
    ),
  );
}

/**
 * The results page's island: reads ?q=, &place= and &category=, loads the index, searches as the reader
 * types and keeps the address in step. Before it runs (or without JavaScript) its children show.
 */
export function SearchApp({ suggestions, children }: { suggestions: readonly string[]; children: ReactNode }) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [limits, setLimits] = useState(FIRST_PAGE);
  const [ready, setReady] = useState<Ready | null>(null);
  const [failed, setFailed] = useState(false);
  const [arrived, setArrived] = useState(false);
  const restored = useRef(false);

  const load = () => {
    setFailed(false);
    loadIndex().then(setReady, () => setFailed(true));
  };

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    setQuery(params.get('q') ?? '');
    setFilters({ place: params.get('place') ?? '', category: params.get('category') ?? '' });
    setArrived(true);
    load();
  }, []);

  // Filters from the address apply only if this index knows them.
  const active = useMemo<Filters>(() => {
    if (!ready) return NO_FILTERS;
    return {
      place: ready.search.places.some((p) => p.id === filters.place) ? filters.place : '',
      category: ready.search.categories.some((c) => c.id === filters.category) ? filters.category : '',
    };
  }, [ready, filters]);

  useEffect(() => {
    if (!arrived) return;
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (filters.place) params.set('place', filters.place);
    if (filters.category) params.set('category', filters.category);
    const url = `${window.location.pathname}${params.size > 0 ? `?${params}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(window.history.state, '', url);
    document.title = query.trim() ? `搜索：${shown(query)} | ${SITE_NAME}` : `搜索 | ${SITE_NAME}`;
  }, [arrived, query, filters]);

  const view = useMemo<ResultView | null>(() => {
    if (!ready || !query) return null;
    performance.mark('search:query-start');
    const result = ready.view.buildView(ready.search.engine, query, active, limits);
    performance.measure('search:query', 'search:query-start');
    return result;
  }, [ready, query, active, limits]);

  // Back to the results: the page is rebuilt after the index loads, so the browser cannot restore the
  // scroll position itself. Remember it on leaving and restore it once the results are back.
  useEffect(() => {
    const remember = () => window.history.replaceState({ ...window.history.state, searchScroll: window.scrollY }, '', window.location.href);
    window.addEventListener('pagehide', remember);
    return () => window.removeEventListener('pagehide', remember);
  }, []);

  useEffect(() => {
    if (!view || restored.current) return;
    restored.current = true;
    const saved: unknown = window.history.state ? Reflect.get(window.history.state, 'searchScroll') : undefined;
    if (typeof saved === 'number') window.scrollTo(0, saved);
  }, [view]);

  const onQuery = (text: string) => {
    setQuery(text);
    setLimits(FIRST_PAGE);
  };
  const onFilter = (next: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...next }));
    setLimits(FIRST_PAGE);
  };

  const filtered = active.place !== '' || active.category !== '';
  const found = view ? view.initiatives.total + view.reports.length + view.blocks.total : 0;

  return (
    <div className="max-w-3xl">
      <form
        role="search"
        aria-label="搜索报道和举措"
        action={searchHref()}
        className="relative mt-6"
        onSubmit={(event) => {
          event.preventDefault();
          // On a phone, Enter hides the keyboard so the results can be read.
          if (window.matchMedia('(pointer: coarse)').matches && document.activeElement instanceof HTMLElement) document.activeElement.blur();
        }}
      >
        <SearchField
          id="search-page-field"
          label="搜索词"
          placeholder="输入词语，例如 飞地"
          value={query}
          onQuery={onQuery}
          className="h-14 w-full rounded-lg border-2 border-ink/70 bg-paper pr-24 pl-4 text-lg text-ink placeholder:text-muted focus:border-brand [&::-webkit-search-cancel-button]:hidden"
        />
        <button type="submit" className="absolute top-1.5 right-1.5 h-11 rounded-md bg-brand px-5 font-bold text-white hover:bg-ink">
          搜索
        </button>
      </form>
      {/* The server's version of this line is what a reader without JavaScript keeps. */}
      {arrived ? (
        <p className="mt-2 text-sm text-muted">
          简体、繁体都可以，词语可以是长词的一部分；几个词用空格分开，结果同时包含每个词。
          <span className="hidden sm:inline">
            按 <kbd className="rounded border border-rule bg-wash px-1 font-sans">/</kbd> 键随时回到搜索框。
          </span>
        </p>
      ) : (
        <p className="mt-2 text-sm text-muted">
          即时搜索需要启用 JavaScript。下面列出全部报道和按类别排列的全部举措；在报道页面里，也可以用浏览器的“在页面中查找”。
        </p>
      )}

      {ready && view && (found > 0 || filtered) ? (
        <div className="mt-4 grid grid-cols-2 items-end gap-3 rounded border border-rule bg-wash p-3 sm:flex sm:flex-wrap sm:p-4">
          <label className="flex min-w-0 flex-col gap-1 text-sm text-muted">
            地点（含下辖）
            <select
              value={active.place}
              onChange={(e) => onFilter({ place: e.target.value })}
              className="min-h-11 w-full rounded border border-rule bg-paper px-2 text-base text-ink sm:w-56"
            >
              <option value="">全部地点</option>
              {ready.search.places.map((p) => (
                <option key={p.id} value={p.id}>
                  {'　'.repeat(p.depth)}
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex min-w-0 flex-col gap-1 text-sm text-muted">
            举措类别
            <select
              value={active.category}
              onChange={(e) => onFilter({ category: e.target.value })}
              className="min-h-11 w-full rounded border border-rule bg-paper px-2 text-base text-ink sm:w-56"
            >
              <option value="">全部类别</option>
              {ready.search.categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          {filtered ? (
            <button
              type="button"
              onClick={() => onFilter(NO_FILTERS)}
              className="col-span-2 min-h-11 rounded border border-rule bg-paper px-4 text-ink hover:border-ink"
            >
              清除筛选
            </button>
          ) : null}
        </div>
      ) : null}

      <p role="status" className={view && found === 0 ? 'sr-only' : 'mt-4 min-h-6 font-bold text-ink'}>
        {failed
          ? '搜索索引没有载入成功。'
          : query && !view
            ? '正在载入搜索索引…'
            : view && found > 0
              ? `找到 ${[
                  view.initiatives.total ? `${view.initiatives.total} 项举措` : '',
                  view.reports.length ? `${view.reports.length} 篇报道标题` : '',
                  view.blocks.total ? `${view.blocks.total} 个段落（${view.blocks.reports} 篇报道）` : '',
                ]
                  .filter(Boolean)
                  .join('、')}`
              : view
                ? '没有找到结果'
                : ''}
      </p>
      {failed ? (
        <button type="button" onClick={load} className="mt-2 min-h-11 rounded border border-rule px-4 text-ink hover:border-ink">
          重新载入
        </button>
      ) : null}

      {view && found > 0 ? (
        <Results view={view} onMore={(kind) => setLimits((l) => ({ ...l, [kind]: l[kind] + (kind === 'blocks' ? 20 : 100) }))} />
      ) : view ? (
        <NoResults
          query={query}
          view={view}
          filtered={filtered}
          suggestions={suggestions}
          onClearFilters={() => onFilter(NO_FILTERS)}
          ready={ready}
          filters={active}
        />
      ) : (
        <>
          {arrived ? <Suggestions title="常用搜索" words={suggestions} /> : null}
          {children}
        </>
      )}
    </div>
  );
}

function Suggestions({ title, words }: { title: string; words: readonly string[] }) {
  return (
    <nav aria-label={title} className="mt-6">
      <h2 className="text-base font-bold text-ink">{title}</h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {words.map((word) => (
          <li key={word}>
            <a
              href={searchHref(word)}
              className="inline-flex min-h-11 items-center rounded-full border border-rule bg-paper px-4 text-ink hover:border-brand hover:text-brand"
            >
              {word}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Results({ view, onMore }: { view: ResultView; onMore: (kind: 'initiatives' | 'blocks') => void }) {
  return (
    <>
      {view.initiatives.total > 0 ? (
        <section aria-labelledby="results-initiatives" className="mt-6">
          <h2 id="results-initiatives" className="border-l-4 border-brand pl-3 text-xl font-bold text-ink">
            举措 <span className="text-base font-normal text-muted">{view.initiatives.total} 项</span>
          </h2>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2">
            {view.initiatives.items.map((item) => (
              <li key={item.id}>
                <a href={item.href} className="block h-full rounded border border-rule bg-paper p-3 hover:border-brand">
                  <span className="block font-bold text-ink">
                    <Marked segments={item.name} />
                    {item.alias ? (
                      <span className="font-normal text-muted">
                        （又称 <Marked segments={item.alias} />）
                      </span>
                    ) : null}
                  </span>
                  {item.detail ? (
                    <span className="mt-1 block font-serif text-[0.95rem] leading-relaxed text-ink">
                      <Marked segments={item.detail} />
                    </span>
                  ) : null}
                  <span className="mt-1 block text-sm text-muted">
                    {item.category}
                    {item.places.length > 0 ? ` · ${item.places.join('、')}` : ''}
                  </span>
                </a>
              </li>
            ))}
          </ul>
          {view.initiatives.items.length < view.initiatives.total ? (
            <button type="button" onClick={() => onMore('initiatives')} className="mt-3 min-h-11 rounded border border-rule px-4 text-ink hover:border-ink">
              显示全部 {view.initiatives.total} 项举措
            </button>
          ) : null}
        </section>
      ) : null}

      {view.reports.length > 0 ? (
        <section aria-labelledby="results-reports" className="mt-8">
          <h2 id="results-reports" className="border-l-4 border-brand pl-3 text-xl font-bold text-ink">
            报道 <span className="text-base font-normal text-muted">{view.reports.length} 篇标题</span>
          </h2>
          <ul className="mt-3 space-y-2">
            {view.reports.map((report) => (
              <li key={report.slug}>
                <a href={report.href} className="block rounded border border-rule bg-paper p-3 hover:border-brand">
                  <span className="block text-lg font-bold text-ink">
                    <Marked segments={report.title} />
                  </span>
                  {report.kicker.length > 0 ? (
                    <span className="mt-1 block text-sm text-muted">
                      <Marked segments={report.kicker} />
                    </span>
                  ) : null}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {view.blocks.total > 0 ? (
        <section aria-labelledby="results-blocks" className="mt-8">
          <h2 id="results-blocks" className="border-l-4 border-brand pl-3 text-xl font-bold text-ink">
            段落{' '}
            <span className="text-base font-normal text-muted">
              {view.blocks.total} 个，来自 {view.blocks.reports} 篇报道
            </span>
          </h2>
          <ol className="mt-3 space-y-3">
            {view.blocks.items.map((hit) => (
              <li key={hit.key}>
                <a href={hit.href} className="block rounded border border-rule bg-paper p-3 hover:border-brand sm:p-4">
                  <span className="block text-sm text-muted">
                    <span className="font-bold text-ink">{hit.report}</span>
                    {hit.section ? ` · ${hit.section}` : ''}
                    {KIND_LABELS[hit.kind] ? ` · ${KIND_LABELS[hit.kind]}` : ''}
                  </span>
                  <span className="mt-1.5 block font-serif text-[1.0625rem] leading-relaxed text-ink">
                    <Marked segments={hit.text} />
                  </span>
                </a>
              </li>
            ))}
          </ol>
          {view.blocks.items.length < view.blocks.total ? (
            <button type="button" onClick={() => onMore('blocks')} className="mt-4 min-h-11 w-full rounded border border-rule px-4 text-ink hover:border-ink">
              显示更多段落（还有 {view.blocks.total - view.blocks.items.length} 个）
            </button>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

type NoResultsProps = {
  query: string;
  view: ResultView;
  filtered: boolean;
  suggestions: readonly string[];
  onClearFilters: () => void;
  ready: Ready | null;
  filters: Filters;
};

function NoResults({ query, view, filtered, suggestions, onClearFilters, ready, filters }: NoResultsProps) {
  // Several words with nothing in common: say which of them find something alone.
  const alone =
    ready && view.terms.length > 1
      ? view.terms.filter((term) => {
          const single = ready.view.buildView(ready.search.engine, term, filters, { initiatives: 0, blocks: 0 });
          return single.initiatives.total + single.reports.length + single.blocks.total > 0;
        })
      : [];
  return (
    <section aria-labelledby="no-results" className="mt-6 rounded border border-rule bg-wash p-4 sm:p-6">
      <h2 id="no-results" className="text-xl font-bold text-ink">
        {view.terms.length > 0 ? `没有找到与“${shown(query)}”相关的结果` : '没有找到结果'}
      </h2>
      <ul className="mt-3 list-disc space-y-1.5 pl-5 font-serif leading-relaxed text-ink">
        {view.terms.length === 0 ? <li>搜索词里没有文字或数字，请输入要找的词。</li> : null}
        {filtered && view.unfiltered > 0 ? (
          <li>
            筛选条件排除了 {view.unfiltered} 条结果。{' '}
            <button type="button" onClick={onClearFilters} className="min-h-11 font-sans text-brand underline">
              清除筛选
            </button>
          </li>
        ) : null}
        {alone.length > 0 ? (
          <li>
            这些词没有出现在同一段落里。分开搜索：
            {alone.map((term, i) => (
              <Fragment key={term}>
                {i > 0 ? '、' : ''}
                <a href={searchHref(term)} className="text-brand underline">
                  {term}
                </a>
              </Fragment>
            ))}
          </li>
        ) : null}
        {view.terms.length > 0 ? <li>换一个更短的词，例如用“飞地”代替“飞地产业园区”。</li> : null}
      </ul>
      <Suggestions title="试试这些词" words={suggestions} />
    </section>
  );
}
