// Ticket workflow: which move goes from which statuses to which, and who may make it (C5).
// Scope (own service point, own assignment, own customer) is checked by the service in SQL.
import type { Role } from '@/lib/auth/roles';
import type { TicketStatus } from './constants';

export const TICKET_MOVES = [
  'assign',
  'accept',
  'dispatch',
  'confirm',
  'decline',
  'start',
  'pend',
  'resume',
  'resolve',
  'close',
  'document',
  'reopen',
] as const;
export type TicketMove = (typeof TICKET_MOVES)[number];

export type MoveRule = { from: readonly TicketStatus[]; to: TicketStatus; roles: readonly Role[] };

export const TRANSITIONS: Record<TicketMove, MoveRule> = {
  // helpdesk picks a service point (again, while nobody there accepted yet)
  assign: { from: ['new', 'assigned'], to: 'assigned', roles: ['helpdesk', 'admin'] },
  // the service point confirms the request to the customer: this is the SLA "response"
  accept: { from: ['assigned'], to: 'accepted', roles: ['service_point', 'admin'] },
  // the service point picks one of its engineers (again after a decline)
  dispatch: { from: ['accepted'], to: 'dispatched', roles: ['service_point', 'admin'] },
  confirm: { from: ['dispatched'], to: 'confirmed', roles: ['engineer', 'admin'] },
  // the engineer cannot go: back to the service point with a reason
  decline: { from: ['dispatched'], to: 'accepted', roles: ['engineer', 'admin'] },
  start: { from: ['confirmed'], to: 'in_progress', roles: ['engineer', 'admin'] },
  pend: { from: ['in_progress'], to: 'pending', roles: ['engineer', 'helpdesk', 'admin'] },
  resume: { from: ['pending'], to: 'in_progress', roles: ['engineer', 'helpdesk', 'admin'] },
  resolve: { from: ['in_progress', 'pending'], to: 'resolved', roles: ['engineer', 'helpdesk', 'admin'] },
  close: { from: ['resolved'], to: 'closed', roles: ['helpdesk', 'admin'] },
  document: { from: ['closed'], to: 'documented', roles: ['helpdesk', 'admin'] },
  reopen: { from: ['resolved', 'closed'], to: 'in_progress', roles: ['helpdesk', 'admin', 'customer'] },
};

export function canMove(move: TicketMove, from: TicketStatus, role: Role): boolean {
  const rule = TRANSITIONS[move];
  return rule.roles.includes(role) && rule.from.includes(from);
}

/** The moves a role could make from a status (the ticket page shows these as buttons). */
export function movesFor(from: TicketStatus, role: Role): TicketMove[] {
  return TICKET_MOVES.filter((m) => canMove(m, from, role));
}
