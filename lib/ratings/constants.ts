import type { TicketStatus } from '@/lib/tickets/constants';

/** A ticket can be rated once its work is done. */
export const RATEABLE_STATUSES = ['resolved', 'closed', 'documented'] as const satisfies readonly TicketStatus[];
