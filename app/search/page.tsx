import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/page-intro';
import { SearchApp } from '@/components/search/search-app';
import { SearchCatalogue } from '@/components/search/search-catalogue';
import { getSite } from '@/lib/content/load-site';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { searchHref } from '@/lib/i18n/routes';
import { SEARCH_SUGGESTIONS } from '@/lib/search/suggestions';

// A results page is for readers, not for search engines: followed, not indexed, and left out of the sitemap.
export const metadata: Metadata = {
  ...pageMetadata({ path: searchHref(), title: '搜索', description: '在六篇报道的全部段落和报道提到的举措中查找，支持简体、繁体和长词中的部分词语。' }),
  robots: { index: false, follow: true },
};

export default function SearchPage() {
  const { articles, initiatives } = getSite();
  return (
    <div className="mx-auto max-w-6xl px-3 pb-8 sm:px-6">
      <PageIntro title="搜索">
        在 {articles.length} 篇报道的全部段落和 {initiatives.length} 项举措中查找。
      </PageIntro>
      <SearchApp suggestions={SEARCH_SUGGESTIONS}>
        <SearchCatalogue articles={articles} initiatives={initiatives} />
      </SearchApp>
    </div>
  );
}
