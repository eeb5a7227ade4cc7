import 'server-only';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { ratingTokens, servicePoints, ticketRatings, tickets, users } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';
import type { Period } from '@/lib/reports/period';
import { requireReportScope } from '@/lib/reports/scope';
import { hashToken } from '@/lib/tokens';
import { RATEABLE_STATUSES } from './constants';

export type RatingLinkState =
  | { state: 'valid'; number: string; summary: string }
  | { state: 'used' | 'expired' | 'invalid' };

/**
 * What the rating link opens. Public on purpose: the 256-bit token is the credential. GET only looks
 * (mail scanners open links); the POST action consumes it (C9).
 */
export async function getRatingLink(token: string | undefined): Promise<RatingLinkState> {
  // public: the single-use rating token is the credential (C9); nothing is consumed on GET.
  if (typeof token !== 'string' || token.length < 20 || token.length > 100) return { state: 'invalid' };
  const [row] = await db
    .select({
      usedAt: ratingTokens.usedAt,
      expired: sql<boolean>`${ratingTokens.expiresAt} <= now()`,
      number: tickets.number,
      summary: tickets.summary,
      deletedAt: tickets.deletedAt,
    })
    .from(ratingTokens)
    .innerJoin(tickets, eq(tickets.id, ratingTokens.ticketId))
    .where(eq(ratingTokens.tokenHash, hashToken(token)))
    .limit(1);
  if (!row || row.deletedAt) return { state: 'invalid' };
  if (row.usedAt) return { state: 'used' };
  if (row.expired) return { state: 'expired' };
  return { state: 'valid', number: row.number, summary: row.summary };
}

/** For the customer's ticket page: the rating given, or whether one can be given now. Null for staff or other companies. */
export async function getMyTicketRating(ticketId: string) {
  const me = await requirePermission('ticket.create');
  if (me.role !== 'customer' || !me.customerId || !z.uuid().safeParse(ticketId).success) return null;
  const [row] = await db
    .select({
      id: tickets.id,
      status: tickets.status,
      rating: ticketRatings.rating,
      comment: ticketRatings.comment,
      ratedAt: ticketRatings.createdAt,
    })
    .from(tickets)
    .leftJoin(ticketRatings, eq(ticketRatings.ticketId, tickets.id))
    .where(and(eq(tickets.id, ticketId), eq(tickets.customerId, me.customerId), isNull(tickets.deletedAt)))
    .limit(1);
  if (!row) return null;
  return {
    ticketId: row.id,
    canRate: row.rating == null && (RATEABLE_STATUSES as readonly string[]).includes(row.status),
    given: row.rating != null ? { rating: row.rating, comment: row.comment, ratedAt: row.ratedAt! } : null,
  };
}

export type CsatFigure = { average: number | null; count: number };
export type CsatSummary = {
  overall: CsatFigure & { distribution: Record<1 | 2 | 3 | 4 | 5, number> };
  byEngineer: Array<CsatFigure & { id: string | null; name: string | null }>;
  byServicePoint: Array<CsatFigure & { id: string | null; name: string | null }>;
  /** Local months "YYYY-MM" of the business zone. */
  byMonth: Array<CsatFigure & { month: string }>;
};

type CsatRow = {
  g_eng: number;
  g_sp: number;
  g_month: number;
  g_rating: number;
  engineer_id: string | null;
  service_point_id: string | null;
  month: string | null;
  rating: number | null;
  average: number | null;
  count: number;
};

/**
 * CSAT (seed 001 "tingkat kepuasan"): ratings received in the period, per engineer, per service point,
 * per month and overall, in one scan over the ratings' created_at index. A service point sees its own.
 */
export async function getCsat(period: Pick<Period, 'start' | 'end'>, timeZone: string): Promise<CsatSummary> {
  const { servicePointId } = await requireReportScope();
  // The month is computed once in the inner select: GROUPING() must see the very expression grouped on.
  const rows = await db.execute<CsatRow>(sql`
    select grouping(r.engineer_id)::int as g_eng, grouping(r.service_point_id)::int as g_sp,
           grouping(r.month)::int as g_month, grouping(r.rating)::int as g_rating,
           r.engineer_id, r.service_point_id, r.month, r.rating,
           avg(r.rating)::float8 as average, count(*)::int as count
    from (
      select engineer_id, service_point_id, rating, to_char(created_at at time zone ${timeZone}::text, 'YYYY-MM') as month
      from ticket_ratings
      where created_at >= ${period.start.toISOString()}::timestamptz and created_at < ${period.end.toISOString()}::timestamptz
        ${servicePointId ? sql`and service_point_id = ${servicePointId}::uuid` : sql``}
    ) r
    group by grouping sets ((), (r.engineer_id), (r.service_point_id), (r.month), (r.rating))`);

  const fig = (r: CsatRow): CsatFigure => ({ average: r.average == null ? null : Number(r.average), count: Number(r.count) });
  const all = rows.find((r) => r.g_eng && r.g_sp && r.g_month && r.g_rating);
  const distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } as Record<1 | 2 | 3 | 4 | 5, number>;
  for (const r of rows) if (!r.g_rating && r.rating != null) distribution[r.rating as 1 | 2 | 3 | 4 | 5] = Number(r.count);
  const engRows = rows.filter((r) => !r.g_eng);
  const spRows = rows.filter((r) => !r.g_sp);
  const engIds = engRows.map((r) => r.engineer_id).filter((x): x is string => !!x);
  const spIds = spRows.map((r) => r.service_point_id).filter((x): x is string => !!x);
  const [engNames, spNames] = await Promise.all([
    engIds.length ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, engIds)) : [],
    spIds.length ? db.select({ id: servicePoints.id, name: servicePoints.name }).from(servicePoints).where(inArray(servicePoints.id, spIds)) : [],
  ]);
  const nameOf = (list: Array<{ id: string; name: string }>, id: string | null) => (id ? (list.find((x) => x.id === id)?.name ?? null) : null);
  const byName = <T extends { name: string | null }>(a: T, b: T) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff');
  return {
    overall: { ...(all ? fig(all) : { average: null, count: 0 }), distribution },
    byEngineer: engRows.map((r) => ({ id: r.engineer_id, name: nameOf(engNames, r.engineer_id), ...fig(r) })).sort(byName),
    byServicePoint: spRows.map((r) => ({ id: r.service_point_id, name: nameOf(spNames, r.service_point_id), ...fig(r) })).sort(byName),
    byMonth: rows
      .filter((r) => !r.g_month && r.month)
      .map((r) => ({ month: r.month!, ...fig(r) }))
      .sort((a, b) => a.month.localeCompare(b.month)),
  };
}
