import type { ReactNode } from 'react';
import { requirePermission } from '@/lib/auth/session';
import { ClientMessages } from '@/components/i18n/client-messages';

// Checked here as well as in every page and query: the layout renders before any loading boundary
// streams, so a caller without the permission gets a real 403 status.
export default async function TicketsLayout({ children }: { children: ReactNode }) {
  await requirePermission('ticket.read');
  return <ClientMessages section="staff/tickets">{children}</ClientMessages>;
}
