import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { RequestActions } from '@/components/isp-ops/request-actions';
import { PageHeader } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { requirePermission } from '@/lib/auth/session';
import { listOpenRequests } from '@/lib/isp/subscriptions/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ispOps.requests');
  return { title: t('title') };
}

/** Subscribers' upgrade requests, oldest first: approve (applies an upgrade) or reject with a reason. */
export default async function UpgradeRequestsPage() {
  await requirePermission('signup.review');
  const rows = await listOpenRequests();
  const t = await getTranslations('ispOps.requests');
  const format = await getFormatter();
  return (
    <FlashProvider>
      <PageHeader
        title={t('title')}
        description={t('subtitle')}
        actions={
          <Link href="/staff/isp/upgrades" className="text-sm">
            ← {t('backToRules')}
          </Link>
        }
      />
      <FlashOutlet />
      <DataTable
        caption={t('title')}
        rows={rows}
        rowKey={(r) => r.id}
        empty={t('empty')}
        columns={[
          {
            key: 'customer',
            header: t('customer'),
            rowHeader: true,
            cell: (r) => <Link href={`/staff/isp/subscriptions/${r.subscriptionId}`}>{r.customerName}</Link>,
          },
          { key: 'plan', header: t('plan'), cell: (r) => `${r.planName} · ${r.downloadMbps} Mbps` },
          { key: 'tenure', header: t('tenure'), className: 'whitespace-nowrap', cell: (r) => t('monthsValue', { months: r.tenureMonths }) },
          { key: 'note', header: t('note'), cell: (r) => r.note ?? '—' },
          {
            key: 'at',
            header: t('requestedAt'),
            className: 'whitespace-nowrap',
            cell: (r) => format.dateTime(r.createdAt, { dateStyle: 'medium', timeStyle: 'short' }),
          },
          {
            key: 'actions',
            header: t('actions'),
            cell: (r) =>
              r.running ? (
                <div className="space-y-1">
                  <p className="text-xs text-slate-600">{t('runningAlready')}</p>
                  <RequestActions requestId={r.id} customerName={r.customerName} defaults={{ extraMbps: 10, durationMonths: 3 }} canApprove={false} />
                </div>
              ) : (
                <RequestActions
                  requestId={r.id}
                  customerName={r.customerName}
                  defaults={{ extraMbps: 10, durationMonths: 3 }}
                  canApprove={r.status === 'active'}
                />
              ),
          },
        ]}
      />
    </FlashProvider>
  );
}
