import type { ReactNode } from 'react';
import { requirePermission } from '@/lib/auth/session';
import { ClientMessages } from '@/components/i18n/client-messages';

// Checked here as well as in every page, query and action: a layout renders before the loading.tsx
// boundary streams, so a caller without the permission gets a real 403 status.
export default async function Layout({ children }: { children: ReactNode }) {
  await requirePermission('catalog.manage');
  return <ClientMessages section="staff/catalog">{children}</ClientMessages>;
}
