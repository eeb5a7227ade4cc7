import 'server-only';
import { and, eq, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { slaEvents, tickets } from '@/db/schema';
import { notifyTicketEvent } from '@/lib/tickets/notify';
import { OPEN_STATUSES, type SlaEventKind } from '@/lib/tickets/constants';

/**
 * Moves running SLA clocks from ok → warning → breached and sends each alert exactly once (C25):
 * tickets are claimed with FOR UPDATE SKIP LOCKED, and an alert is only sent when its
 * (ticket, kind) row in sla_events is new — so two workers, restarts, or a plan change that resets
 * the state never send a second one.
 */
export async function runSlaScan(now = new Date(), batch = 200): Promise<number> {
  let handled = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(tickets)
        .where(
          and(
            isNull(tickets.deletedAt),
            isNull(tickets.pausedSince),
            inArray(tickets.status, [...OPEN_STATUSES]),
            or(
              and(eq(tickets.slaState, 'ok'), lte(tickets.slaWarnAt, now)),
              and(ne(tickets.slaState, 'breached'), lte(tickets.slaDueAt, now)),
            ),
          ),
        )
        .orderBy(tickets.slaWarnAt)
        .limit(batch)
        .for('update', { skipLocked: true });
      for (const t of due) {
        const phase = t.respondedAt ? 'resolution' : 'response';
        const breached = t.slaDueAt !== null && t.slaDueAt <= now;
        const kinds: SlaEventKind[] = breached ? [`${phase}_warning`, `${phase}_breach`] : [`${phase}_warning`];
        for (const kind of kinds) {
          const inserted = await tx
            .insert(slaEvents)
            .values({ ticketId: t.id, kind, dueAt: kind.endsWith('breach') ? t.slaDueAt : t.slaWarnAt })
            .onConflictDoNothing()
            .returning({ kind: slaEvents.kind });
          // A breach found late does not also send the warning it skipped: only the newest alert goes out.
          if (inserted.length && (kind.endsWith('breach') || !breached)) {
            await notifyTicketEvent(tx, t, kind.endsWith('breach') ? 'sla_breach' : 'sla_warning', {
              extra: { phase },
              dedupeKey: `sla:${kind}:${t.id}`,
            });
          }
        }
        await tx
          .update(tickets)
          .set({ slaState: breached ? 'breached' : 'warning', updatedAt: sql`${tickets.updatedAt}` })
          .where(eq(tickets.id, t.id));
      }
      return due.length;
    });
    handled += n;
    if (n < batch) return handled;
  }
}
