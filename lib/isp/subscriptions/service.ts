import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { bandwidthHistory, bandwidthUpgrades, ispApplications, ispPlans, subscriptions, users } from '@/db/schema';
import { recordAudit, type Actor } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { ConflictError, InvalidTransitionError, NotFoundError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import { enqueueMessage } from '@/lib/jobs/outbox';
import { loadSettings } from '@/lib/settings/store';
import { appUrl } from '@/lib/urls';
import { localDateOf } from '@/lib/isp/scheduling/slots';
import { customerRecipients } from '@/lib/isp/scheduling/notify';
import { SUBSCRIPTION_MOVES } from './constants';
import type { SubscriptionStatusValues } from './schemas';

type Application = Pick<typeof ispApplications.$inferSelect, 'id' | 'customerId' | 'planId' | 'addressLine' | 'areaCode' | 'email' | 'fullName'> & {
  userId?: string | null;
  activatedAt?: Date | null;
};

/**
 * The subscription an application becomes when it goes `active`, inside the application's
 * transaction: start date (tenure) = the activation day in the business zone, status active, the
 * plan's speeds as the current bandwidth, the first bandwidth-history row, an audit row and the
 * welcome e-mail. Idempotent: a second call for the same application returns the first subscription.
 */
export async function createSubscriptionFromApplication(tx: Tx, application: Application, actor: Actor): Promise<{ id: string; created: boolean }> {
  const [plan] = await tx
    .select({ id: ispPlans.id, name: ispPlans.name, downloadMbps: ispPlans.downloadMbps, uploadMbps: ispPlans.uploadMbps })
    .from(ispPlans)
    .where(eq(ispPlans.id, application.planId))
    .limit(1);
  if (!plan) throw new NotFoundError();
  const settings = await loadSettings(tx);
  const activatedAt = application.activatedAt ?? new Date();
  const startDate = localDateOf(activatedAt, settings.regional.timeZone);
  const [sub] = await tx
    .insert(subscriptions)
    .values({
      customerId: application.customerId,
      applicationId: application.id,
      planId: plan.id,
      addressLine: application.addressLine,
      areaCode: application.areaCode,
      startDate,
      status: 'active',
      downloadMbps: plan.downloadMbps,
      uploadMbps: plan.uploadMbps,
    })
    .onConflictDoNothing({ target: subscriptions.applicationId })
    .returning({ id: subscriptions.id });
  if (!sub) {
    const [existing] = await tx.select({ id: subscriptions.id }).from(subscriptions).where(eq(subscriptions.applicationId, application.id)).limit(1);
    return { id: existing.id, created: false };
  }
  await tx.insert(bandwidthHistory).values({
    subscriptionId: sub.id,
    downloadMbps: plan.downloadMbps,
    uploadMbps: plan.uploadMbps,
    reason: 'activation',
    changedBy: actor?.id ?? null,
    at: activatedAt,
  });
  await recordAudit(tx, actor, {
    action: 'subscription.create',
    entityType: 'subscription',
    entityId: sub.id,
    after: { applicationId: application.id, customerId: application.customerId, planId: plan.id, startDate, status: 'active', downloadMbps: plan.downloadMbps, uploadMbps: plan.uploadMbps },
  });
  let locale: Locale = 'id';
  if (application.userId) {
    const [u] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, application.userId)).limit(1);
    locale = u?.locale ?? 'id';
  }
  const t = translatorFor(locale, 'ispOpsMail');
  await enqueueMessage(tx, {
    to: application.email,
    template: 'notification',
    locale,
    data: {
      name: application.fullName,
      title: t('welcome.title', { company: settings.company.name }),
      lines: [t('welcome.body', { plan: plan.name, download: plan.downloadMbps, upload: plan.uploadMbps }), t('welcome.complaints')],
      url: appUrl(`/account/subscriptions/${sub.id}`),
    },
    dedupeKey: `subscription-welcome:${sub.id}`,
  });
  return { id: sub.id, created: true };
}

/**
 * Staff change a subscription's status (active ↔ suspended, → terminated) with a reason, against the
 * version they loaded. Terminating ends a running upgrade (cancelled; its reversal job then skips it).
 * The customer is told by e-mail.
 */
export async function changeSubscriptionStatus(actor: CurrentUser, input: SubscriptionStatusValues) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(subscriptions).where(eq(subscriptions.id, input.subscriptionId)).for('update').limit(1);
    if (!before) throw new NotFoundError();
    if (before.version !== input.version) throw new ConflictError('errors.conflict');
    if (!SUBSCRIPTION_MOVES[before.status].includes(input.status)) throw new InvalidTransitionError();
    const reason = input.status === 'active' ? null : input.reason;
    const [after] = await tx
      .update(subscriptions)
      .set({ status: input.status, statusReason: reason, version: sql`${subscriptions.version} + 1` })
      .where(and(eq(subscriptions.id, before.id), eq(subscriptions.version, before.version)))
      .returning();
    if (!after) throw new ConflictError('errors.conflict');
    if (input.status === 'terminated') {
      await tx.update(bandwidthUpgrades).set({ status: 'cancelled' }).where(and(eq(bandwidthUpgrades.subscriptionId, before.id), eq(bandwidthUpgrades.status, 'active')));
    }
    await recordAudit(tx, actor, {
      action: 'subscription.status',
      entityType: 'subscription',
      entityId: before.id,
      before: { status: before.status, statusReason: before.statusReason },
      after: { status: after.status, statusReason: after.statusReason, reason: input.reason || null },
    });
    for (const r of await customerRecipients(tx, before.customerId)) {
      const t = translatorFor(r.locale, 'ispOpsMail');
      await enqueueMessage(tx, {
        to: r.email,
        template: 'notification',
        locale: r.locale,
        data: {
          name: r.name,
          title: t(`status.${after.status}.title`),
          lines: [t(`status.${after.status}.body`), ...(reason ? [t('status.reason', { reason: reason.slice(0, 500) })] : [])],
          url: appUrl(`/account/subscriptions/${after.id}`),
        },
        dedupeKey: `subscription-status:${after.id}:${after.version}:${r.email}`,
      });
    }
    return { id: after.id, status: after.status, version: after.version };
  });
}
