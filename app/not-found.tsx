import { homeHref } from '@/lib/i18n/routes';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl px-3 py-16 sm:px-6">
      <p className="text-sm font-bold text-brand">404</p>
      <h1 className="mt-2 text-3xl font-bold text-ink">没有找到这个页面</h1>
      <p className="mt-4 font-serif text-lg leading-relaxed text-muted">链接可能有误，或页面已经移动。可以回到首页浏览全部报道。</p>
      <p className="mt-6">
        <a href={homeHref} className="inline-flex min-h-11 items-center rounded bg-brand px-5 font-bold text-on-brand hover:underline">
          回到首页
        </a>
      </p>
    </div>
  );
}
