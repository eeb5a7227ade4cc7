import type { ReactNode } from 'react';
import { requirePermission } from '@/lib/auth/session';
import { ClientMessages } from '@/components/i18n/client-messages';

// Checked here as well as in the page and its query: a layout renders before the loading.tsx
// boundary streams, so a caller without the permission gets a real 403 status, not a 200 page.
export default async function Layout({ children }: { children: ReactNode }) {
  await requirePermission('sla.manage');
  return <ClientMessages section="staff/holidays">{children}</ClientMessages>;
}
