import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { outbox, ratingTokens, ticketRatings } from '@/db/schema';
import { asCurrent, auditRows, createHelpdeskWorld, ticketAt, type HelpdeskWorld } from '../../tests/helpers/helpdesk-factories';
import { rateOwnTicketSchema, rateWithTokenSchema } from './schemas';
import { rateOwnTicket, rateWithToken } from './service';

let w: HelpdeskWorld;
beforeAll(async () => {
  w = await createHelpdeskWorld();
});

/** The rating link mailed on resolve, read from the outbox like the customer reads their mail. */
async function mailedToken(ticket: { number: string }): Promise<string> {
  const rows = await db
    .select({ payload: outbox.payload })
    .from(outbox)
    .where(sql`${outbox.payload}::text like ${'%/rate?token=%'} and ${outbox.payload}->>'title' like ${`%${ticket.number}%`}`)
    .orderBy(sql`${outbox.id} desc`)
    .limit(1);
  return /rate\?token=([A-Za-z0-9_-]+)/.exec(JSON.stringify(rows[0].payload))![1];
}

const input = (token: string, rating = 4, comment = 'Cepat dan rapi') => rateWithTokenSchema.parse({ token, rating: String(rating), comment });

describe('rating by e-mailed link (C9)', () => {
  it('S12 consumes the token once: the rating is stored with engineer and service point, a second submit fails', async () => {
    const t = await ticketAt(w, 'resolved');
    const token = await mailedToken(t);
    const r = await rateWithToken(input(token), null);
    expect(r).toMatchObject({ ticketId: t.id, rating: 4 });
    const [row] = await db.select().from(ticketRatings).where(eq(ticketRatings.ticketId, t.id));
    expect(row).toMatchObject({ rating: 4, comment: 'Cepat dan rapi', customerId: w.customerA.id, engineerId: w.engA.id, servicePointId: w.pointX.id });
    expect((await auditRows(t.id)).map((a) => a.action)).toContain('ticket.rated');
    await expect(rateWithToken(input(token, 1), null)).rejects.toMatchObject({ code: 'VALIDATION', messageKey: 'rating.errors.linkInvalid' });
    expect(await db.select().from(ticketRatings).where(eq(ticketRatings.ticketId, t.id))).toHaveLength(1);
  });

  it('S12 an expired, unknown or tampered token fails and stores nothing', async () => {
    const t = await ticketAt(w, 'resolved');
    const token = await mailedToken(t);
    await expect(rateWithToken(input(`${token.slice(0, -2)}xx`), null)).rejects.toMatchObject({ messageKey: 'rating.errors.linkInvalid' });
    await db.update(ratingTokens).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(ratingTokens.ticketId, t.id));
    await expect(rateWithToken(input(token), null)).rejects.toMatchObject({ messageKey: 'rating.errors.linkInvalid' });
    expect(await db.select().from(ticketRatings).where(eq(ticketRatings.ticketId, t.id))).toHaveLength(0);
  });

  it('S36-style: ten parallel submits of one link make one rating', async () => {
    const t = await ticketAt(w, 'resolved');
    const token = await mailedToken(t);
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => rateWithToken(input(token, (i % 5) + 1), null)));
    expect(results.filter((r) => r.status === 'fulfilled'), JSON.stringify(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok')))).toHaveLength(1);
    expect(await db.select().from(ticketRatings).where(eq(ticketRatings.ticketId, t.id))).toHaveLength(1);
  });
});

describe('rating from the customer account', () => {
  it('the customer rates their own resolved ticket once; the mailed link stops working', async () => {
    const t = await ticketAt(w, 'closed');
    const token = await mailedToken(t);
    await rateOwnTicket(asCurrent(w.custA), rateOwnTicketSchema.parse({ ticketId: t.id, rating: 5, comment: '' }));
    const [row] = await db.select().from(ticketRatings).where(eq(ticketRatings.ticketId, t.id));
    expect(row).toMatchObject({ rating: 5, comment: null });
    expect(await db.select().from(ratingTokens).where(and(eq(ratingTokens.ticketId, t.id), sql`${ratingTokens.usedAt} is null`))).toHaveLength(0);
    await expect(rateWithToken(input(token), null)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(rateOwnTicket(asCurrent(w.custA), rateOwnTicketSchema.parse({ ticketId: t.id, rating: 1, comment: '' }))).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('S02 another company, staff and open tickets are refused', async () => {
    const t = await ticketAt(w, 'resolved');
    const open = await ticketAt(w, 'in_progress');
    const ok = (id: string) => rateOwnTicketSchema.parse({ ticketId: id, rating: 3, comment: 'x' });
    await expect(rateOwnTicket(asCurrent(w.custB), ok(t.id))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(rateOwnTicket(asCurrent(w.helpdesk), ok(t.id))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(rateOwnTicket(asCurrent(w.custA), ok(open.id))).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(await db.select().from(ticketRatings).where(eq(ticketRatings.ticketId, t.id))).toHaveLength(0);
  });

  it('S20 a rating outside 1–5 or of the wrong type is a validation error', () => {
    for (const rating of [0, 6, 2.5, 'abc', [], null]) expect(rateOwnTicketSchema.safeParse({ ticketId: crypto.randomUUID(), rating, comment: '' }).success).toBe(false);
  });
});
