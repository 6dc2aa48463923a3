import type { Metadata } from 'next';
import { PageIntro, Section } from '@/components/layout/page-intro';
import { CooperationDiagram } from '@/components/taxonomy/cooperation-diagram';
import { PartnershipList } from '@/components/taxonomy/partnership-list';
import { getSite } from '@/lib/content/load-site';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { cooperationHref } from '@/lib/i18n/routes';

export const metadata: Metadata = pageMetadata({
  path: cooperationHref,
  title: '协作关系图',
  description: '山海协作、东西部协作、对口支援、对口合作、毗邻与飞地：报道中的每一对合作关系。',
});

export default function CooperationPage() {
  const { partnerships, places } = getSite();
  return (
    <div data-theme="duikou" className="mx-auto max-w-6xl px-3 pb-8 sm:px-6">
      <PageIntro eyebrow="对口协作" title="协作关系图">
        报道中提到的 {partnerships.length}{' '}
        对合作关系。关系图按县级地区归并：左列是发起协作的地方，右列是合作伙伴，线型表示合作方式；下方逐条列出每一对关系及其原文出处。
      </PageIntro>
      <Section id="diagram" title="关系图">
        <CooperationDiagram partnerships={partnerships} places={places} />
      </Section>
      <Section id="list" title="逐条列表">
        <PartnershipList partnerships={partnerships} places={places} />
      </Section>
    </div>
  );
}
