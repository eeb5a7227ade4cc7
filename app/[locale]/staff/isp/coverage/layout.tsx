import type { ReactNode } from 'react';
import { requirePermission } from '@/lib/auth/session';

export default async function Layout({ children }: { children: ReactNode }) {
  await requirePermission('isp.manage');
  return children;
}
