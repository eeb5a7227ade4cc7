import type { ReactNode } from 'react';
import { requirePermission } from '@/lib/auth/session';
import { ClientMessages } from '@/components/i18n/client-messages';

// Checked here as well as in every query: a caller without the permission gets a real 403 status.
export default async function Layout({ children }: { children: ReactNode }) {
  await requirePermission('inquiry.manage');
  return <ClientMessages section="staff/inquiries">{children}</ClientMessages>;
}
