export const TICKET_STATUSES = [
  'new',
  'assigned',
  'accepted',
  'dispatched',
  'confirmed',
  'in_progress',
  'pending',
  'resolved',
  'closed',
  'documented',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Statuses in which the ticket still needs work (queues, SLA clocks). */
export const OPEN_STATUSES = ['new', 'assigned', 'accepted', 'dispatched', 'confirmed', 'in_progress', 'pending'] as const satisfies readonly TicketStatus[];
export const isOpenStatus = (s: TicketStatus) => (OPEN_STATUSES as readonly string[]).includes(s);

export const TICKET_CATEGORIES = ['incident', 'request', 'complaint', 'installation'] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'critical'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export const SLA_STATES = ['ok', 'warning', 'breached'] as const;
export type SlaState = (typeof SLA_STATES)[number];

export const SLA_EVENT_KINDS = ['response_warning', 'response_breach', 'resolution_warning', 'resolution_breach'] as const;
export type SlaEventKind = (typeof SLA_EVENT_KINDS)[number];

export const ATTACHMENT_MAX_BYTES = { image: 5 * 1024 * 1024, pdf: 10 * 1024 * 1024 } as const;
export const ATTACHMENTS_PER_TICKET = 10;
