import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ComplaintForm } from '@/components/isp-ops/complaint-form';
import { SubscriptionStatusBadge } from '@/components/isp-ops/subscription-badges';
import { UpgradeRequestForm } from '@/components/isp-ops/upgrade-request-form';
import { Alert, Card, PageHeader } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { getMySubscription } from '@/lib/isp/subscriptions/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ispOps.account');
  return { title: t('detailTitle') };
}

/** One of the subscriber's own subscriptions (anyone else's id is a 404): speed, tenure, history, complaints. */
export default async function MySubscriptionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const sub = await getMySubscription(id);
  if (!sub) notFound();
  const t = await getTranslations('ispOps.account');
  const ts = await getTranslations('ispOps.subscriptions');
  const tc = await getTranslations('ispOps.complaints');
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <PageHeader
        title={sub.planName}
        description={<SubscriptionStatusBadge status={sub.status} />}
        actions={
          <Link href="/account/subscriptions" className="text-sm">
            ← {t('backToList')}
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t('now')} className="lg:col-span-2">
          <p className="text-3xl font-bold tabular-nums">{t('speed', { down: sub.downloadMbps, up: sub.uploadMbps })}</p>
          {sub.activeUpgrade ? (
            <p className="mt-1 font-medium text-brand-800">
              {t('plusUntil', { extra: sub.activeUpgrade.extraMbps, until: format.dateTime(sub.activeUpgrade.endsAt, { dateStyle: 'long' }) })}
            </p>
          ) : null}
          <dl className="mt-4 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
            <dt className="font-medium text-slate-600">{t('planSpeed')}</dt>
            <dd>{t('speed', { down: sub.planDownloadMbps, up: sub.planUploadMbps })}</dd>
            <dt className="font-medium text-slate-600">{t('address')}</dt>
            <dd>{sub.addressLine}</dd>
            <dt className="font-medium text-slate-600">{t('since')}</dt>
            <dd>{format.dateTime(new Date(`${sub.startDate}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' })}</dd>
            <dt className="font-medium text-slate-600">{t('tenure')}</dt>
            <dd>{t('tenureValue', { months: sub.tenureMonths })}</dd>
            {sub.status !== 'active' && sub.statusReason ? (
              <>
                <dt className="font-medium text-slate-600">{t('statusReason')}</dt>
                <dd>{sub.statusReason}</dd>
              </>
            ) : null}
          </dl>
        </Card>
        <div className="space-y-6">
          {sub.status === 'active' ? (
            <Card title={t('upgradeCard')}>
              {sub.activeUpgrade ? (
                <p className="text-sm text-slate-700">{t('upgradeRunning')}</p>
              ) : sub.openRequest ? (
                <Alert tone="info">{t('requestOpen', { date: when(sub.openRequest.createdAt) })}</Alert>
              ) : (
                <>
                  <p className="mb-3 text-sm text-slate-700">{t('upgradeIntro')}</p>
                  <UpgradeRequestForm subscriptionId={sub.id} />
                </>
              )}
            </Card>
          ) : null}
        </div>
      </div>

      <section className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card title={tc('fileTitle')}>
          {sub.status === 'terminated' ? (
            <p className="text-sm text-slate-600">{tc('terminated')}</p>
          ) : (
            <ComplaintForm subscriptionId={sub.id} idempotencyKey={randomUUID()} />
          )}
        </Card>
        <Card title={tc('title')}>
          {sub.complaints.length ? (
            <ul className="divide-y divide-slate-100 text-sm">
              {sub.complaints.map((c) => (
                <li key={c.id} className="py-2">
                  <Link href={`/account/tickets/${c.id}`} className="font-medium">
                    {c.number}
                  </Link>{' '}
                  · {c.summary}
                  <span className="block text-xs text-slate-500">
                    {tc(`ticketStatuses.${c.status}` as never)} · {when(c.createdAt)}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-600">{tc('none')}</p>
          )}
        </Card>
      </section>

      <section className="mt-6">
        <h2 className="mb-2 text-lg font-semibold">{t('history')}</h2>
        <DataTable
          caption={t('history')}
          rows={sub.history}
          rowKey={(h) => h.id}
          empty={ts('noHistory')}
          columns={[
            { key: 'at', header: ts('when'), rowHeader: true, className: 'whitespace-nowrap', cell: (h) => when(h.at) },
            {
              key: 'speed',
              header: ts('speed'),
              className: 'tabular-nums',
              cell: (h) => ts('speedValue', { down: h.downloadMbps, up: h.uploadMbps }),
            },
            { key: 'reason', header: ts('why'), cell: (h) => ts(`reasons.${h.reason}` as never) },
          ]}
        />
      </section>
    </>
  );
}
