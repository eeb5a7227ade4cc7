import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/card';
import type { AppointmentKind, AppointmentStatus } from '@/lib/isp/constants';

const TONE: Partial<Record<AppointmentKind, 'blue' | 'green' | 'amber' | 'slate'>> = { survey: 'blue', installation: 'green', complaint: 'amber' };

export async function VisitKindBadge({ kind }: { kind: AppointmentKind }) {
  const t = await getTranslations('ispOps.kinds');
  return <Badge tone={TONE[kind] ?? 'slate'}>{t(kind)}</Badge>;
}

export async function VisitStatusBadge({ status }: { status: AppointmentStatus }) {
  const t = await getTranslations('ispOps.visitStatuses');
  return <Badge tone={status === 'done' ? 'green' : status === 'cancelled' ? 'slate' : 'blue'}>{t(status)}</Badge>;
}
