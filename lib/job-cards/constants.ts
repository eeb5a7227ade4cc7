import type { TicketStatus } from '@/lib/tickets/constants';

/** A job card is written while the engineer is on the job: in progress, or pending (waiting for a part). */
export const JOB_CARD_STATUSES = ['in_progress', 'pending'] as const satisfies readonly TicketStatus[];

/** Statuses from the engineer's dispatch on: the assignment letter exists from then. */
export const LETTER_STATUSES = ['dispatched', 'confirmed', 'in_progress', 'pending', 'resolved', 'closed', 'documented'] as const satisfies readonly TicketStatus[];
