// The application workflow (C5): each move, the states it starts from, where it goes and who may make
// it. "Customer support" is the helpdesk role; the technician is an engineer, and only the one booked
// for that visit (the service checks the appointment in SQL). Admins may do everything.
import type { Role } from '@/lib/auth/roles';
import { OPEN_APPLICATION_STATUSES, type ApplicationStatus } from '@/lib/isp/constants';

export const APPLICATION_MOVES = ['schedule_survey', 'record_survey', 'schedule_installation', 'activate', 'reject'] as const;
export type ApplicationMove = (typeof APPLICATION_MOVES)[number];

export type MoveRule = {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  roles: readonly Role[];
  /** An engineer may make the move only when booked for this visit of the application. */
  engineerVisit?: 'survey' | 'installation';
};

export const TRANSITIONS: Record<ApplicationMove, MoveRule> = {
  schedule_survey: { from: ['submitted'], to: 'survey_scheduled', roles: ['helpdesk', 'admin'] },
  record_survey: { from: ['survey_scheduled'], to: 'surveyed', roles: ['engineer', 'helpdesk', 'admin'], engineerVisit: 'survey' },
  schedule_installation: { from: ['surveyed'], to: 'installation_scheduled', roles: ['helpdesk', 'admin'] },
  activate: { from: ['installation_scheduled'], to: 'active', roles: ['engineer', 'helpdesk', 'admin'], engineerVisit: 'installation' },
  reject: { from: OPEN_APPLICATION_STATUSES, to: 'rejected', roles: ['helpdesk', 'admin'] },
};

export function roleMayMove(move: ApplicationMove, role: Role): boolean {
  return TRANSITIONS[move].roles.includes(role);
}

export function canMove(move: ApplicationMove, from: ApplicationStatus, role: Role): boolean {
  return roleMayMove(move, role) && TRANSITIONS[move].from.includes(from);
}

/** The moves a role could make from a status (the staff page shows a form for each). */
export function movesFor(from: ApplicationStatus, role: Role): ApplicationMove[] {
  return APPLICATION_MOVES.filter((m) => canMove(m, from, role));
}

export const isOpenStatus = (s: ApplicationStatus) => (OPEN_APPLICATION_STATUSES as readonly string[]).includes(s);
