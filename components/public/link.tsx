import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * Links of the public site: a client-side navigation on click, but no prefetch when a link scrolls
 * into view. A product page shows dozens of links (cards, categories, breadcrumbs, header and footer);
 * prefetching them fetched each target's RSC payload, its image preloads and its JavaScript during
 * the first visit — bandwidth and main-thread time on a phone, and requests the server had to answer,
 * for pages the visitor mostly never opens. The cached pages answer a click quickly anyway.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
