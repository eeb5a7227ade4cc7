import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { SubscriptionStatusBadge } from '@/components/isp-ops/subscription-badges';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { listMySubscriptions } from '@/lib/isp/subscriptions/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ispOps.account');
  return { title: t('title') };
}

/** The subscriber's internet subscriptions: plan, current speed (with a running upgrade), tenure. */
export default async function MySubscriptionsPage() {
  const subs = await listMySubscriptions();
  const t = await getTranslations('ispOps.account');
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t('title')} description={t('subtitle')} />
      {!subs.length ? (
        <EmptyState>
          {t('empty')} <Link href="/internet">{t('seePlans')}</Link>
        </EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {subs.map((s) => (
            <li key={s.id} className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
              <div className="flex items-start justify-between gap-2">
                <h2 className="text-lg font-semibold">
                  <Link href={`/account/subscriptions/${s.id}`}>{s.planName}</Link>
                </h2>
                <SubscriptionStatusBadge status={s.status} />
              </div>
              <p className="mt-1 text-sm text-slate-600">{s.addressLine}</p>
              <p className="mt-3 text-2xl font-bold tabular-nums">{t('speed', { down: s.downloadMbps, up: s.uploadMbps })}</p>
              {s.activeUpgrade ? (
                <p className="text-sm font-medium text-brand-800">
                  {t('plusUntil', { extra: s.activeUpgrade.extraMbps, until: format.dateTime(s.activeUpgrade.endsAt, { dateStyle: 'long' }) })}
                </p>
              ) : null}
              <p className="mt-2 text-sm text-slate-700">
                {t('tenureLine', {
                  months: s.tenureMonths,
                  since: format.dateTime(new Date(`${s.startDate}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
