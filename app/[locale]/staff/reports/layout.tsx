import type { ReactNode } from 'react';
import { requireReportScope } from '@/lib/reports/scope';

// Checked here as well as in the pages and their queries: a layout renders before the loading.tsx
// boundary streams, so a caller without access gets a real 403 status, not a 200 page.
export default async function ReportsLayout({ children }: { children: ReactNode }) {
  await requireReportScope();
  return children;
}
