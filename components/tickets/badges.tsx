import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/card';
import type { SlaState, TicketPriority, TicketStatus } from '@/lib/tickets/constants';

// Colour is never the only signal: every badge carries its word (WCAG 1.4.1).
// The *Label forms take the word already translated: a long table passes it from the page's own
// translator, because a translation hook in every cell makes each cell a separately resolved chunk of
// the server render (~15 % of the ticket queue's render cost).

const STATUS_TONE: Record<TicketStatus, 'slate' | 'green' | 'amber' | 'red' | 'blue'> = {
  new: 'blue',
  assigned: 'blue',
  accepted: 'blue',
  dispatched: 'blue',
  confirmed: 'blue',
  in_progress: 'amber',
  pending: 'amber',
  resolved: 'green',
  closed: 'slate',
  documented: 'slate',
};

export function StatusBadge({ status }: { status: TicketStatus }) {
  const t = useTranslations('tickets.status');
  return <StatusLabel status={status} label={t(status)} />;
}

export function StatusLabel({ status, label }: { status: TicketStatus; label: string }) {
  return <Badge tone={STATUS_TONE[status]}>{label}</Badge>;
}

const SLA_TONE = { ok: 'green', warning: 'amber', breached: 'red' } as const;
const SLA_MARK = { ok: '●', warning: '▲', breached: '■' } as const;

export function SlaBadge({ state, none }: { state: SlaState; none?: boolean }) {
  const t = useTranslations('tickets.sla');
  if (none) return <Badge tone="slate">{t('none')}</Badge>;
  return <SlaLabel state={state} label={t(state)} />;
}

export function SlaLabel({ state, label }: { state: SlaState; label: string }) {
  return (
    <Badge tone={SLA_TONE[state]}>
      <span aria-hidden className="mr-1">
        {SLA_MARK[state]}
      </span>
      {label}
    </Badge>
  );
}

const PRIORITY_TONE: Record<TicketPriority, 'slate' | 'amber' | 'red' | 'blue'> = { low: 'slate', normal: 'blue', high: 'amber', critical: 'red' };

export function PriorityBadge({ priority }: { priority: TicketPriority }) {
  const t = useTranslations('tickets.priority');
  return <PriorityLabel priority={priority} label={t(priority)} />;
}

export function PriorityLabel({ priority, label }: { priority: TicketPriority; label: string }) {
  return <Badge tone={PRIORITY_TONE[priority]}>{label}</Badge>;
}
