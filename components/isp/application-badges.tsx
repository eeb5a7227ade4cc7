import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/card';
import type { ApplicationStatus } from '@/lib/isp/constants';

// Colour is never the only signal: every badge carries its word (WCAG 1.4.1).
const TONE: Record<ApplicationStatus, 'slate' | 'green' | 'amber' | 'red' | 'blue'> = {
  submitted: 'blue',
  survey_scheduled: 'amber',
  surveyed: 'amber',
  installation_scheduled: 'amber',
  active: 'green',
  rejected: 'red',
};

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const t = useTranslations('isp.applications.status');
  return <ApplicationStatusLabel status={status} label={t(status)} />;
}

/** The badge with its word from the caller's translator: for table cells (components/tickets/badges.tsx). */
export function ApplicationStatusLabel({ status, label }: { status: ApplicationStatus; label: string }) {
  return <Badge tone={TONE[status]}>{label}</Badge>;
}

/** The applicant's path, in order; a rejected application stops where it was rejected. */
export const APPLICATION_PATH = ['submitted', 'survey_scheduled', 'surveyed', 'installation_scheduled', 'active'] as const satisfies readonly ApplicationStatus[];
