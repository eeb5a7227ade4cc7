// The campaign sender, run by the worker (lib/jobs/registry.ts). Idempotent by construction (C25):
//   * every recipient is a row keyed (campaign_id, customer_id); rows are inserted with
//     ON CONFLICT DO NOTHING and only the rows this transaction inserted get an outbox message, in the
//     same transaction — so a re-run, or a second worker on the same campaign, mails nobody twice;
//   * the outbox row also carries the dedupe key campaign:<id>:<customer> (DATA.md) as a second lock;
//   * customers who opted out of marketing get a row with status opted_out and no message; customers
//     without an e-mail address get no row at all.
// The audience is the criteria snapshot frozen at approval, evaluated through the segment registry.
import 'server-only';
import { and, asc, eq, gt, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { campaignRecipients, campaigns, customers, outbox, promos, users } from '@/db/schema';
import { formatDate } from '@/lib/format/date';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import { enqueueMessage } from '@/lib/jobs/outbox';
import { logInfo } from '@/lib/log';
import { richTextToPlain } from '@/lib/sanitize/html';
import { segmentContext, segmentWhere } from '@/lib/segments/evaluate';
import { loadSettings } from '@/lib/settings/store';
import { unsubscribeLinks } from '@/lib/unsubscribe/token';
import { appUrl } from '@/lib/urls';
import { describeOffer } from './offer';
import { criteriaSnapshotSchema } from './schemas';

export const CAMPAIGN_BATCH_SIZE = 200;

export const campaignDedupeKey = (campaignId: string, customerId: string) => `campaign:${campaignId}:${customerId}`;

/**
 * Where a customer's marketing mail goes: the customer's address, else its first active contact's.
 * Used in WHERE only (Drizzle leaves single-table SELECT columns unqualified, which would rebind a
 * correlated subquery's columns); the addresses themselves come from contactsOf().
 */
const hasRecipient = sql`coalesce(nullif(trim(${customers.email}), ''), (
  select ${users.email} from ${users} where ${users.customerId} = ${customers.id} and ${users.status} = 'active' order by ${users.createdAt} limit 1)) is not null`;

/** Each customer's first active contact (address and language), oldest first. */
async function contactsOf(tx: Parameters<Parameters<typeof db.transaction>[0]>[0], customerIds: string[]) {
  if (!customerIds.length) return new Map<string, { email: string; locale: string | null }>();
  const rows = await tx
    .selectDistinctOn([users.customerId], { customerId: users.customerId, email: users.email, locale: users.locale })
    .from(users)
    .where(and(inArray(users.customerId, customerIds), eq(users.status, 'active')))
    .orderBy(users.customerId, asc(users.createdAt));
  return new Map(rows.map((r) => [r.customerId!, { email: r.email, locale: r.locale }]));
}

type PromoForMail = {
  slug: string;
  title: string;
  body: string;
  audience: 'public' | 'all_customers' | 'segment';
  voucherCode: string | null;
  discountType: 'percent' | 'amount' | null;
  discountValue: number | null;
  minSpendIdr: number | null;
  startsAt: Date;
  endsAt: Date;
};

function payloadFor(promo: PromoForMail, c: { id: string; name: string }, locale: Locale, timeZone: string) {
  const t = translatorFor(locale, 'promos');
  const links = unsubscribeLinks(c.id);
  return {
    name: c.name,
    title: promo.title,
    summary: richTextToPlain(promo.body, 600),
    offer: describeOffer(promo, t),
    voucherCode: promo.voucherCode ?? '',
    period: `${formatDate(promo.startsAt, locale, timeZone)} – ${formatDate(promo.endsAt, locale, timeZone)}`,
    // Only public promos have a public page; the others are shown to the customer after login.
    url: promo.audience === 'public' ? appUrl(`/promos/${promo.slug}`) : appUrl('/account/promos'),
    unsubscribeUrl: links.page,
    oneClickUrl: links.oneClick,
  };
}

/**
 * One batch in one transaction: the next `batchSize` matching customers after `afterId`, their
 * recipient rows and (for the rows this transaction created) their outbox messages. Returns the last
 * customer id seen, or null when the audience is exhausted or the campaign stopped being sendable.
 */
async function sendBatch(campaignId: string, afterId: string | null, batchSize: number, ctx: { where: Awaited<ReturnType<typeof segmentWhere>>; promo: PromoForMail; defaultLocale: Locale; timeZone: string }) {
  return db.transaction(async (tx) => {
    // FOR SHARE: a cancel (an UPDATE) waits for this batch, and the next batch sees it cancelled.
    const [c] = await tx.select({ status: campaigns.status }).from(campaigns).where(eq(campaigns.id, campaignId)).for('share');
    if (c?.status !== 'sending') return { last: null, inserted: 0 };
    const found = await tx
      .select({ id: customers.id, name: customers.name, email: customers.email, optOut: customers.marketingOptOutAt })
      .from(customers)
      .where(and(ctx.where, afterId ? gt(customers.id, afterId) : undefined, hasRecipient))
      .orderBy(asc(customers.id))
      .limit(batchSize);
    if (!found.length) return { last: null, inserted: 0 };
    const contacts = await contactsOf(tx, found.map((r) => r.id));
    const candidates = found
      .map((r) => ({ ...r, email: r.email?.trim() || contacts.get(r.id)?.email || null, locale: contacts.get(r.id)?.locale ?? null }))
      .filter((r) => r.email);
    if (!candidates.length) return { last: found[found.length - 1].id, inserted: 0 };
    const inserted = await tx
      .insert(campaignRecipients)
      .values(candidates.map((r) => ({ campaignId, customerId: r.id, recipient: r.email!, status: r.optOut ? ('opted_out' as const) : ('pending' as const) })))
      .onConflictDoNothing()
      .returning({ customerId: campaignRecipients.customerId, status: campaignRecipients.status });
    const byId = new Map(candidates.map((r) => [r.id, r]));
    let pending = 0;
    for (const row of inserted) {
      if (row.status !== 'pending') continue;
      const cust = byId.get(row.customerId)!;
      const locale = isLocale(cust.locale) ? cust.locale : ctx.defaultLocale;
      pending++;
      // null when the dedupe key already exists (a message queued before): nothing is sent twice.
      await enqueueMessage(tx, {
        to: cust.email!,
        template: 'promo',
        locale,
        data: payloadFor(ctx.promo, cust, locale, ctx.timeZone),
        dedupeKey: campaignDedupeKey(campaignId, cust.id),
        marketing: true,
      });
    }
    if (pending) {
      // Link each new row to its message by the dedupe key (also when the message existed already).
      await tx
        .update(campaignRecipients)
        .set({ outboxId: outbox.id })
        .from(outbox)
        .where(and(eq(campaignRecipients.campaignId, campaignId), isNull(campaignRecipients.outboxId), eq(outbox.dedupeKey, sql`'campaign:' || ${campaignRecipients.campaignId} || ':' || ${campaignRecipients.customerId}`)));
    }
    return { last: found[found.length - 1].id, inserted: inserted.length };
  });
}

/** Recipient rows follow their outbox message: sent → sent, dead → failed. */
async function syncRecipientStatuses(campaignId: string) {
  await db
    .update(campaignRecipients)
    .set({ status: sql`case when ${outbox.status} = 'sent' then 'sent'::recipient_status else 'failed'::recipient_status end` })
    .from(outbox)
    .where(and(eq(campaignRecipients.campaignId, campaignId), eq(campaignRecipients.status, 'pending'), eq(outbox.id, campaignRecipients.outboxId), inArray(outbox.status, ['sent', 'dead'])));
}

/** Works one campaign as far as it can go now. Safe to call concurrently and repeatedly. */
export async function sendCampaign(campaignId: string, opts: { batchSize?: number; now?: Date } = {}) {
  const now = opts.now ?? new Date();
  await db
    .update(campaigns)
    .set({ status: 'sending', startedAt: sql`coalesce(${campaigns.startedAt}, now())` })
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.status, 'approved')));
  const [c] = await db
    .select({ status: campaigns.status, enqueuedAt: campaigns.enqueuedAt, snapshot: campaigns.criteriaSnapshot, promoId: campaigns.promoId, channel: campaigns.channel })
    .from(campaigns)
    .where(eq(campaigns.id, campaignId))
    .limit(1);
  if (!c || c.status !== 'sending') return { state: c?.status ?? 'missing' };

  if (!c.enqueuedAt) {
    const snap = criteriaSnapshotSchema.safeParse(c.snapshot);
    if (!snap.success) throw new Error(`campaign ${campaignId} has no valid criteria snapshot`);
    const [promo] = await db
      .select({
        slug: promos.slug,
        title: promos.title,
        body: promos.body,
        audience: promos.audience,
        voucherCode: promos.voucherCode,
        discountType: promos.discountType,
        discountValue: promos.discountValue,
        minSpendIdr: promos.minSpendIdr,
        startsAt: promos.startsAt,
        endsAt: promos.endsAt,
      })
      .from(promos)
      .where(eq(promos.id, c.promoId))
      .limit(1);
    const settings = await loadSettings();
    const segCtx = await segmentContext(db, now);
    const where = await segmentWhere(snap.data.criteria, segCtx);
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const r = await sendBatch(campaignId, after, opts.batchSize ?? CAMPAIGN_BATCH_SIZE, { where, promo, defaultLocale: settings.regional.defaultLocale, timeZone: settings.regional.timeZone });
      total += r.inserted;
      if (!r.last) break;
      after = r.last;
    }
    const [marked] = await db
      .update(campaigns)
      .set({ enqueuedAt: new Date() })
      .where(and(eq(campaigns.id, campaignId), eq(campaigns.status, 'sending'), isNull(campaigns.enqueuedAt)))
      .returning({ id: campaigns.id });
    if (marked) logInfo('campaign', `campaign ${campaignId}: ${total} recipients enqueued`);
  }

  await syncRecipientStatuses(campaignId);
  const [waiting] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(campaignRecipients)
    .where(and(eq(campaignRecipients.campaignId, campaignId), eq(campaignRecipients.status, 'pending')));
  if ((waiting?.n ?? 0) === 0) {
    await db
      .update(campaigns)
      .set({ status: 'done', finishedAt: new Date() })
      .where(and(eq(campaigns.id, campaignId), eq(campaigns.status, 'sending'), isNotNull(campaigns.enqueuedAt)));
  }
  return { state: 'sending' as const };
}

/** The periodic job: every approved or sending campaign, oldest approval first. */
export async function runCampaignSends(opts: { batchSize?: number; now?: Date } = {}) {
  const due = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(inArray(campaigns.status, ['approved', 'sending']))
    .orderBy(asc(campaigns.approvedAt))
    .limit(10);
  for (const c of due) await sendCampaign(c.id, opts);
  return due.length;
}
