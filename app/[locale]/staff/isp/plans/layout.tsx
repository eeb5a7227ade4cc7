import type { ReactNode } from 'react';
import { requireAnyPermission } from '@/lib/isp/plans/access';

// Checked here as well as in each page and query, so a caller without access gets a real 403 status.
export default async function Layout({ children }: { children: ReactNode }) {
  await requireAnyPermission('isp.manage', 'signup.review');
  return children;
}
