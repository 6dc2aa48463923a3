import type { Metadata } from 'next';
import { getSite } from '@/lib/content/load-site';
import { formatDate } from '@/lib/content/dates';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { aboutHref } from '@/lib/i18n/routes';
import { SITE_NAME } from '@/lib/site/identity';
import { articleHref } from '@/lib/i18n/routes';

export const metadata: Metadata = pageMetadata({ path: aboutHref, title: '关于本站', description: `${SITE_NAME}的内容来源与编辑原则。` });

const PRINCIPLES = [
  '只用原文：每篇报道的每一句都来自已刊发的文本，不改写、不增删，原文疑似笔误照录并在编者注中说明。',
  '排版修复：印刷版面造成的断句已接续，二维码提示、版面标记等版面元素已去除；原文半角标点恢复为中文全角标点。',
  '繁简与乱码：以繁体刊发并夹注拼音的一篇，去除拼音注音、按字节修复两处乱码后转为简体。',
  '日期：只写到原文支持的精度；原文未注明日期的，按文中时间线索推断到年或月，并标明“推断”。',
  '图片：原文只存图片说明，本站不收录、也不伪造图片，说明文字以“原文配图”框呈现。',
];

export default function AboutPage() {
  const { articles } = getSite();
  return (
    <div className="mx-auto max-w-3xl px-3 py-10 sm:px-6 sm:py-14">
      <h1 className="text-3xl font-bold text-ink">关于本站</h1>
      <p className="mt-4 font-serif text-lg leading-relaxed text-muted">{SITE_NAME}整理浙江推进共同富裕的实地报道，方便读者按地区和举措阅读、查找。</p>
      <h2 className="mt-10 text-xl font-bold text-ink">编辑原则</h2>
      <ul className="mt-3 list-disc space-y-2 pl-5 font-serif leading-relaxed text-ink">
        {PRINCIPLES.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <h2 className="mt-10 text-xl font-bold text-ink">报道来源</h2>
      <ul className="mt-3 divide-y divide-rule border-y border-rule">
        {articles.map((a) => (
          <li key={a.slug} className="py-2">
            <a href={articleHref(a.slug)} className="inline-flex min-h-11 items-center font-bold text-ink underline decoration-rule hover:text-brand">
              {a.title}
            </a>
            <p className="mt-1 text-sm text-muted">
              {a.source.publication ?? '原刊未注明'} · {formatDate(a.date)}
              {a.date.inferred ? '（推断）' : ''} · 原始文本 {a.source.seed}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
