import 'server-only';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { bandwidthHistory, bandwidthUpgrades, subscriptions, upgradeRules } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import { formatDate } from '@/lib/format/date';
import { translatorFor } from '@/lib/i18n/translator';
import { enqueueMessage } from '@/lib/jobs/outbox';
import { logInfo } from '@/lib/log';
import { loadSettings } from '@/lib/settings/store';
import { appUrl } from '@/lib/urls';
import { customerRecipients } from '@/lib/isp/scheduling/notify';
import { localDateOf } from '@/lib/isp/scheduling/slots';
import { eligibleIdsAfter, ruleOpen } from './eligibility';
import { applyRuleUpgrade } from './service';

/**
 * Ends the upgrades whose time is up, each exactly once however many workers run this at the same
 * moment (C25): every round claims one due row with FOR UPDATE SKIP LOCKED (another worker takes the
 * next one instead of waiting), then flips it with `… where id = $1 and status = 'active' returning`.
 * Only when that returns the row are the speed lowered, the history and audit written and the
 * customer mailed — all in the same transaction, so a crash leaves the upgrade due for the next run.
 */
export async function revertDueUpgrades(now = new Date(), max = 500): Promise<number> {
  let reverted = 0;
  for (let i = 0; i < max; i++) {
    const done = await db.transaction(async (tx) => {
      const [due] = await tx
        .select({ id: bandwidthUpgrades.id })
        .from(bandwidthUpgrades)
        .where(and(eq(bandwidthUpgrades.status, 'active'), lte(bandwidthUpgrades.endsAt, now)))
        .orderBy(asc(bandwidthUpgrades.endsAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!due) return 'none' as const;
      const [u] = await tx
        .update(bandwidthUpgrades)
        .set({ status: 'reverted', revertedAt: now })
        .where(and(eq(bandwidthUpgrades.id, due.id), eq(bandwidthUpgrades.status, 'active')))
        .returning();
      if (!u) return 'skipped' as const;
      const [sub] = await tx
        .update(subscriptions)
        .set({ downloadMbps: sql`greatest(1, ${subscriptions.downloadMbps} - ${u.extraMbps})`, version: sql`${subscriptions.version} + 1` })
        .where(eq(subscriptions.id, u.subscriptionId))
        .returning({ id: subscriptions.id, customerId: subscriptions.customerId, downloadMbps: subscriptions.downloadMbps, uploadMbps: subscriptions.uploadMbps });
      await tx.insert(bandwidthHistory).values({
        subscriptionId: sub.id,
        downloadMbps: sub.downloadMbps,
        uploadMbps: sub.uploadMbps,
        reason: 'upgrade-ended',
        upgradeId: u.id,
        changedBy: null,
        at: now,
      });
      await recordAudit(tx, null, {
        action: 'upgrade.revert',
        entityType: 'subscription',
        entityId: sub.id,
        before: { downloadMbps: sub.downloadMbps + u.extraMbps },
        after: { downloadMbps: sub.downloadMbps, upgradeId: u.id },
      });
      const { timeZone } = (await loadSettings(tx)).regional;
      for (const r of await customerRecipients(tx, sub.customerId)) {
        const t = translatorFor(r.locale, 'ispOpsMail');
        const p = { extra: u.extraMbps, download: sub.downloadMbps, until: formatDate(u.endsAt, r.locale, timeZone) };
        await enqueueMessage(tx, {
          to: r.email,
          template: 'notification',
          locale: r.locale,
          data: { name: r.name, title: t('upgrade.ended.title', p), lines: [t('upgrade.ended.body', p)], url: appUrl(`/account/subscriptions/${sub.id}`) },
          dedupeKey: `upgrade-ended:${u.id}:${r.email}`,
        });
      }
      return 'reverted' as const;
    });
    if (done === 'none') break;
    if (done === 'reverted') reverted++;
  }
  if (reverted) logInfo('job.isp-upgrade-revert', `reverted ${reverted} bandwidth upgrade(s)`);
  return reverted;
}

/**
 * Applies the automatic rules that are open today to everyone eligible, in batches (keyset on the
 * id, so a refused subscription is not fetched again in the same run). Each subscription is its own
 * transaction and is re-checked on the locked row, so two workers never upgrade one twice.
 */
export async function runAutomaticUpgrades(now = new Date(), maxPerRun = 2000): Promise<number> {
  const { timeZone } = (await loadSettings(db)).regional;
  const today = localDateOf(now, timeZone);
  const rules = await db.select().from(upgradeRules).where(and(eq(upgradeRules.automatic, true), eq(upgradeRules.active, true)));
  let applied = 0;
  for (const rule of rules) {
    if (!ruleOpen(rule, today)) continue;
    let after: string | null = null;
    while (applied < maxPerRun) {
      const ids = await eligibleIdsAfter(db, rule, today, after, 200);
      if (!ids.length) break;
      for (const id of ids) {
        try {
          await db.transaction((tx) => applyRuleUpgrade(tx, { subscriptionId: id, rule, actor: null, now }));
          applied++;
        } catch (err) {
          if (!(err instanceof ValidationError || err instanceof ConflictError || err instanceof NotFoundError)) throw err;
        }
      }
      after = ids.at(-1)!;
    }
  }
  if (applied) logInfo('job.isp-upgrade-auto', `applied ${applied} automatic bandwidth upgrade(s)`);
  return applied;
}
