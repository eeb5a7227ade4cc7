import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { notifications, staffProfiles, users } from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import { enqueueMessages, type EnqueueInput } from '@/lib/jobs/outbox';
import { appUrl } from '@/lib/urls';

export type TicketEvent =
  | 'created'
  | 'assigned'
  | 'accepted'
  | 'dispatched'
  | 'confirmed'
  | 'declined'
  | 'started'
  | 'pending'
  | 'resumed'
  | 'resolved'
  | 'closed'
  | 'documented'
  | 'reopened'
  | 'customer_commented'
  | 'staff_commented'
  | 'sla_warning'
  | 'sla_breach';

type TicketRef = {
  id: string;
  number: string;
  summary: string;
  customerId: string;
  servicePointId: string | null;
  assigneeId: string | null;
  reporterEmail: string | null;
  reporterName: string;
};

export type Recipient = { userId?: string; email?: string | null; locale: Locale; name?: string; staff: boolean };

/** Who hears about each event: the next actor (in-app + e-mail) and, where they care, the customer. */
const AUDIENCE: Record<TicketEvent, Array<'helpdesk' | 'servicePoint' | 'engineer' | 'customer'>> = {
  created: ['helpdesk'],
  assigned: ['servicePoint'],
  accepted: ['customer'],
  dispatched: ['engineer'],
  confirmed: ['servicePoint', 'customer'],
  declined: ['servicePoint'],
  started: ['customer'],
  pending: ['customer', 'helpdesk'],
  resumed: ['engineer'],
  resolved: ['helpdesk', 'customer'],
  closed: ['customer'],
  documented: [],
  reopened: ['engineer', 'servicePoint', 'helpdesk'],
  customer_commented: ['helpdesk', 'servicePoint', 'engineer'],
  staff_commented: ['customer'],
  sla_warning: ['helpdesk', 'servicePoint', 'engineer'],
  sla_breach: ['helpdesk', 'servicePoint', 'engineer'],
};

/** Who is told of `event` on this ticket (looked up before a lock is taken, where the caller can). */
export function ticketRecipients(tx: Tx, t: Omit<TicketRef, 'id' | 'number' | 'summary'>, event: TicketEvent, exceptUserId?: string): Promise<Recipient[]> {
  return recipients(tx, t, AUDIENCE[event], exceptUserId);
}

async function recipients(tx: Tx, t: Omit<TicketRef, 'id' | 'number' | 'summary'>, groups: (typeof AUDIENCE)[TicketEvent], exceptUserId?: string): Promise<Recipient[]> {
  const out: Recipient[] = [];
  const staff = async (where: ReturnType<typeof eq>) =>
    tx.select({ id: users.id, email: users.email, name: users.name, locale: users.locale }).from(users).leftJoin(staffProfiles, eq(staffProfiles.userId, users.id)).where(and(where, eq(users.status, 'active')));
  for (const g of groups) {
    if (g === 'helpdesk') {
      for (const u of await staff(eq(users.role, 'helpdesk'))) out.push({ userId: u.id, email: u.email, name: u.name, locale: u.locale ?? 'id', staff: true });
    } else if (g === 'servicePoint' && t.servicePointId) {
      for (const u of await staff(and(eq(users.role, 'service_point'), eq(staffProfiles.servicePointId, t.servicePointId))!))
        out.push({ userId: u.id, email: u.email, name: u.name, locale: u.locale ?? 'id', staff: true });
    } else if (g === 'engineer' && t.assigneeId) {
      for (const u of await staff(eq(users.id, t.assigneeId))) out.push({ userId: u.id, email: u.email, name: u.name, locale: u.locale ?? 'id', staff: true });
    } else if (g === 'customer') {
      const contacts = await tx
        .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
        .from(users)
        .where(and(eq(users.customerId, t.customerId), eq(users.status, 'active'), inArray(users.role, ['customer'])));
      for (const u of contacts) out.push({ userId: u.id, email: u.email, name: u.name, locale: u.locale ?? 'id', staff: false });
      // The reporter may have no account (opened by helpdesk on the phone): mail them too.
      if (t.reporterEmail && !contacts.some((c) => c.email === t.reporterEmail)) {
        out.push({ email: t.reporterEmail, name: t.reporterName, locale: contacts[0]?.locale ?? 'id', staff: false });
      }
    }
  }
  const seen = new Set<string>();
  return out.filter((r) => {
    const key = r.userId ?? r.email ?? '';
    if (!key || seen.has(key) || (exceptUserId && r.userId === exceptUserId)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Writes the in-app notifications and the outbox e-mails for a ticket event, inside the transaction
 * of the change (C26). `dedupeKey` makes an event's mail exist once (SLA alerts).
 */
export async function notifyTicketEvent(
  tx: Tx,
  ticket: TicketRef,
  event: TicketEvent,
  opts: {
    actorId?: string;
    extra?: Record<string, string>;
    dedupeKey?: string;
    customerEmailData?: Record<string, unknown>;
    /** From ticketRecipients(), when the caller looked them up already. */
    recipients?: Recipient[];
  } = {},
) {
  const list = opts.recipients ?? (await recipients(tx, ticket, AUDIENCE[event], opts.actorId));
  const params = { number: ticket.number, summary: ticket.summary.slice(0, 120), ...(opts.extra ?? {}) };
  const notes: Array<typeof notifications.$inferInsert> = [];
  const mails: EnqueueInput[] = [];
  for (const r of list) {
    const link = r.staff ? `/staff/tickets/${ticket.id}` : `/account/tickets/${ticket.id}`;
    if (r.userId) notes.push({ userId: r.userId, kind: `ticket.${event}`, params, link });
    if (r.email) {
      const t = translatorFor(r.locale, 'ticketMail');
      mails.push({
        to: r.email,
        template: 'notification',
        locale: r.locale,
        data: {
          name: r.name ?? '',
          title: t(`${event}.title`, params),
          lines: [t(`${event}.body`, params)],
          url: appUrl(link),
          ...(!r.staff ? (opts.customerEmailData ?? {}) : {}),
        },
        dedupeKey: opts.dedupeKey ? `${opts.dedupeKey}:${r.userId ?? r.email}` : undefined,
      });
    }
  }
  // One statement each rather than two per recipient, sent together (postgres.js pipelines them):
  // these run inside the change's transaction, and for a new ticket inside the lock on the year's
  // number counter.
  await Promise.all([notes.length ? tx.insert(notifications).values(notes) : undefined, enqueueMessages(tx, mails)]);
}
