import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { appointments, customers, users } from '@/db/schema';
import { formatDateTime, formatTime, zoneLabel } from '@/lib/format/date';
import type { Locale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import { enqueueMessage } from '@/lib/jobs/outbox';
import { loadSettings } from '@/lib/settings/store';
import { appUrl } from '@/lib/urls';

export type VisitEvent = 'booked' | 'rescheduled' | 'cancelled';

/** Where the customer follows what the visit is for. */
function linkFor(refType: string, refId: string): string {
  return refType === 'ticket' ? `/account/tickets/${refId}` : '/account';
}

/** The customer's contact accounts, else the customer's own e-mail address. */
export async function customerRecipients(tx: Tx, customerId: string): Promise<Array<{ email: string; name: string; locale: Locale }>> {
  const contacts = await tx
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(eq(users.customerId, customerId), eq(users.role, 'customer'), eq(users.status, 'active')));
  if (contacts.length) return contacts.map((c) => ({ email: c.email, name: c.name, locale: c.locale ?? 'id' }));
  const [c] = await tx.select({ email: customers.email, name: customers.name }).from(customers).where(eq(customers.id, customerId)).limit(1);
  return c?.email ? [{ email: c.email, name: c.name, locale: 'id' }] : [];
}

/**
 * Tells the customer about a visit booked, moved or cancelled — an outbox row per contact in the
 * caller's transaction (C26); the dedupe key makes a repeated call with the same version a no-op.
 */
export async function notifyVisitChange(tx: Tx, appointmentId: string, event: VisitEvent, extra: { previousStart?: Date; reason?: string } = {}) {
  const [a] = await tx
    .select({
      id: appointments.id,
      kind: appointments.kind,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      customerId: appointments.customerId,
      refType: appointments.refType,
      refId: appointments.refId,
      version: appointments.version,
      technician: users.name,
    })
    .from(appointments)
    .innerJoin(users, eq(users.id, appointments.resourceId))
    .where(eq(appointments.id, appointmentId))
    .limit(1);
  if (!a?.customerId) return;
  const { timeZone } = (await loadSettings(tx)).regional;
  for (const r of await customerRecipients(tx, a.customerId)) {
    const t = translatorFor(r.locale, 'ispOpsMail');
    const params = {
      kind: t(`kinds.${a.kind}`),
      when: `${formatDateTime(a.startsAt, r.locale, timeZone)}–${formatTime(a.endsAt, r.locale, timeZone)} ${zoneLabel(timeZone)}`,
      previous: extra.previousStart ? `${formatDateTime(extra.previousStart, r.locale, timeZone)} ${zoneLabel(timeZone)}` : '',
      technician: a.technician,
    };
    const lines = [t(`visit.${event}.body`, params)];
    if (event === 'rescheduled' && extra.previousStart) lines.push(t('visit.rescheduled.previous', params));
    if (event === 'cancelled' && extra.reason) lines.push(t('visit.cancelled.reason', { reason: extra.reason.slice(0, 500) }));
    await enqueueMessage(tx, {
      to: r.email,
      template: 'notification',
      locale: r.locale,
      data: { name: r.name, title: t(`visit.${event}.title`, params), lines, url: appUrl(linkFor(a.refType, a.refId)) },
      dedupeKey: `visit-${event}:${a.id}:${a.version}:${r.email}`,
    });
  }
}
