import type { ReactNode } from 'react';
import { requireAnyPermission } from '@/lib/isp/plans/access';

// Customer support sees every application; a technician sees the ones they are booked to visit.
export default async function Layout({ children }: { children: ReactNode }) {
  await requireAnyPermission('signup.review', 'visit.work');
  return children;
}
