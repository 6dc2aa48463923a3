import { jsonLdText } from '@/lib/seo/structured-data';

/** Structured data as static text: the build's CSP step hashes it like any inline script. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
