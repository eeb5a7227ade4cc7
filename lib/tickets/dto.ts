// The shapes the ticket pages receive (lib/tickets/queries.ts builds them). Types only, so client
// components may import them; nothing here reaches the database.
import type { SlaState, TicketCategory, TicketPriority, TicketStatus } from './constants';
import type { TicketMove } from './transitions';

export type TicketListItem = {
  id: string;
  number: string;
  summary: string;
  status: TicketStatus;
  category: TicketCategory;
  priority: TicketPriority;
  customerName: string;
  servicePointName: string | null;
  assigneeName: string | null;
  slaState: SlaState;
  slaDueAt: Date | null;
  createdAt: Date;
};

export type TicketPage<T> = {
  items: T[];
  page: number;
  pages: number;
  total: number;
  /** True when there are more rows than the count went looking for (the total is a floor). */
  capped: boolean;
};

export type MyTicketListItem = Pick<TicketListItem, 'id' | 'number' | 'summary' | 'status' | 'category' | 'priority' | 'createdAt'> & {
  updatedAt: Date;
};

/** One step of the lifecycle with who and when (seed 000); `by` is a display name. */
export type TicketStep = {
  key: 'created' | 'assigned' | 'accepted' | 'dispatched' | 'confirmed' | 'started' | 'pending' | 'resolved' | 'closed' | 'documented';
  at: Date | null;
  by: string | null;
};

export type TicketSla = {
  planName: string | null;
  responseMinutes: number | null;
  resolutionMinutes: number | null;
  warningPercent: number | null;
  pauseOnPending: boolean;
  responseWarnAt: Date | null;
  responseDueAt: Date | null;
  resolutionWarnAt: Date | null;
  resolutionDueAt: Date | null;
  respondedAt: Date | null;
  pausedSince: Date | null;
  pausedMinutes: number;
  /** Which clock runs now: response until the service point accepts, then resolution; none once resolved. */
  phase: 'response' | 'resolution' | 'stopped' | 'none';
  state: SlaState;
  dueAt: Date | null;
};

export type TicketComment = {
  id: string;
  body: string;
  internal: boolean;
  createdAt: Date;
  authorName: string | null;
  /** 'staff' or 'customer' only for the customer's view; the role for staff. */
  authorKind: string | null;
  mine: boolean;
};

export type TicketAttachment = {
  id: string;
  name: string;
  contentType: string;
  size: number;
  createdAt: Date;
  uploadedByName: string | null;
};

export type TimelineEntry = {
  id: number;
  at: Date;
  action: string;
  actorName: string | null;
  actorRole: string | null;
  reason: string | null;
  resolution: string | null;
  servicePointName: string | null;
  engineerName: string | null;
  planName: string | null;
};

export type ProjectSummary = {
  id: string;
  name: string;
  warrantyEnd: string | null;
  contractEnd: string | null;
  inWarranty: boolean;
  inContract: boolean;
};

export type DispatchEngineer = { id: string; name: string; phone: string | null; available: boolean; openJobs: number };

export type StaffTicket = {
  id: string;
  number: string;
  version: number;
  status: TicketStatus;
  category: TicketCategory;
  priority: TicketPriority;
  summary: string;
  detail: string;
  reporter: { name: string; phone: string | null; email: string | null };
  customer: { id: string; name: string; city: string | null; address: string | null; phone: string | null; email: string | null; personInCharge: string | null };
  project: ProjectSummary | null;
  sla: TicketSla;
  servicePoint: { id: string; name: string } | null;
  assignee: { id: string; name: string } | null;
  steps: TicketStep[];
  pendingReason: string | null;
  declineReason: string | null;
  resolution: string | null;
  reopenCount: number;
  createdAt: Date;
  updatedAt: Date;
  comments: TicketComment[];
  attachments: TicketAttachment[];
  timeline: TimelineEntry[];
  jobCards: Array<{ id: string; engineerName: string; finishAt: Date; createdAt: Date }>;
  rating: { rating: number; comment: string | null; createdAt: Date } | null;
  moves: TicketMove[];
  assign: { suggestedId: string | null; points: Array<{ id: string; name: string; region: string | null }> } | null;
  dispatch: { engineers: DispatchEngineer[] } | null;
  plans: Array<{ id: string; name: string }> | null;
  can: {
    comment: boolean;
    internalComment: boolean;
    attach: boolean;
    changePlan: boolean;
    delete: boolean;
    printLetter: boolean;
    jobCard: boolean;
    printJobCard: boolean;
  };
};

export type CustomerTicket = {
  id: string;
  number: string;
  version: number;
  status: TicketStatus;
  category: TicketCategory;
  priority: TicketPriority;
  summary: string;
  detail: string;
  reporter: { name: string; phone: string | null; email: string | null };
  project: { name: string; inWarranty: boolean; inContract: boolean } | null;
  servicePointName: string | null;
  engineerName: string | null;
  resolution: string | null;
  steps: TicketStep[];
  createdAt: Date;
  comments: TicketComment[];
  attachments: TicketAttachment[];
  canReopen: boolean;
  canAttach: boolean;
};
