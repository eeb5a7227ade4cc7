import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

// Only the texts this section's client components use reach the browser (lib/i18n/pick-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages section="account/applications">{children}</ClientMessages>;
}
