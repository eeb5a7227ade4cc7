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
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}

/** The applicant's path, in order; a rejected application stops where it was rejected. */
export const APPLICATION_PATH = ['submitted', 'survey_scheduled', 'surveyed', 'installation_scheduled', 'active'] as const satisfies readonly ApplicationStatus[];
