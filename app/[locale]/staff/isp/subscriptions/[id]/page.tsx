import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ApplyRuleForm } from '@/components/isp-ops/apply-rule-form';
import { SubscriptionStatusBadge, UpgradeStatusBadge } from '@/components/isp-ops/subscription-badges';
import { SubscriptionStatusForm } from '@/components/isp-ops/subscription-status-form';
import { Card, PageHeader } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { formatIdPhone } from '@/lib/format/phone';
import { getAreaTrail, trailLabel } from '@/lib/isp/areas/queries';
import { SUBSCRIPTION_MOVES } from '@/lib/isp/subscriptions/constants';
import { getSubscriptionForStaff } from '@/lib/isp/subscriptions/queries';
import { listOpenRuleOptions } from '@/lib/isp/upgrades/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ispOps.subscriptions');
  return { title: t('detailTitle') };
}

export default async function SubscriptionDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requirePermission('customer.read');
  const { id } = await params;
  const sub = await getSubscriptionForStaff(id);
  if (!sub) notFound();
  const canManage = can(me.role, 'signup.review');
  const [trail, rules] = await Promise.all([getAreaTrail(sub.areaCode), canManage ? listOpenRuleOptions() : Promise.resolve([])]);
  const t = await getTranslations('ispOps.subscriptions');
  const tu = await getTranslations('ispOps.upgrades');
  const tt = await getTranslations('ispOps.complaints');
  const format = await getFormatter();
  const date = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  const running = sub.upgrades.find((u) => u.status === 'active');
  const moves = SUBSCRIPTION_MOVES[sub.status];
  const rows: Array<[string, React.ReactNode]> = [
    [
      t('customer'),
      <Link key="c" href={`/staff/customers/${sub.customerId}`}>
        {sub.customerName}
      </Link>,
    ],
    [t('phone'), sub.customerPhone ? formatIdPhone(sub.customerPhone) : '—'],
    [t('email'), sub.customerEmail ?? '—'],
    [t('address'), sub.addressLine],
    [t('area'), trailLabel(trail, { withProvince: true }) || sub.areaCode],
    [t('plan'), `${sub.planName} · ${t('speedValue', { down: sub.planDownloadMbps, up: sub.planUploadMbps })}`],
    [
      t('currentSpeed'),
      running
        ? `${t('speedValue', { down: sub.downloadMbps, up: sub.uploadMbps })} · ${tu('plusUntil', { extra: running.extraMbps, until: format.dateTime(running.endsAt, { dateStyle: 'medium' }) })}`
        : t('speedValue', { down: sub.downloadMbps, up: sub.uploadMbps }),
    ],
    [t('startDate'), date(sub.startDate)],
    [t('tenure'), t('tenureValue', { months: sub.tenureMonths })],
    ...(sub.statusReason ? ([[t('reason'), sub.statusReason]] as Array<[string, React.ReactNode]>) : []),
    ...(sub.applicationId
      ? ([
          [
            t('application'),
            <Link key="a" href={`/staff/isp/applications/${sub.applicationId}`}>
              {t('openApplication')}
            </Link>,
          ],
        ] as Array<[string, React.ReactNode]>)
      : []),
  ];
  return (
    <>
      <PageHeader
        title={`${sub.customerName} — ${sub.planName}`}
        description={<SubscriptionStatusBadge status={sub.status} />}
        actions={
          <Link href="/staff/isp/subscriptions" className="text-sm">
            ← {t('backToList')}
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t('details')} className="lg:col-span-2">
          <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
            {rows.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="font-medium text-slate-600">{k}</dt>
                <dd className="break-words">{v}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <div className="space-y-6">
          {canManage && moves.length ? (
            <Card title={t('statusCard')}>
              <SubscriptionStatusForm id={sub.id} version={sub.version} moves={moves} />
            </Card>
          ) : null}
          {canManage && sub.status === 'active' ? (
            <Card title={tu('applyCard')}>
              {running ? (
                <p className="text-sm text-slate-700">
                  {tu('runningNote', { extra: running.extraMbps, until: format.dateTime(running.endsAt, { dateStyle: 'medium' }) })}
                </p>
              ) : (
                <ApplyRuleForm subscriptionId={sub.id} rules={rules} />
              )}
            </Card>
          ) : null}
        </div>
      </div>

      <section className="mt-6 space-y-6">
        <div>
          <h2 className="mb-2 text-lg font-semibold">{t('history')}</h2>
          <DataTable
            caption={t('history')}
            rows={sub.history}
            rowKey={(h) => h.id}
            empty={t('noHistory')}
            columns={[
              { key: 'at', header: t('when'), rowHeader: true, className: 'whitespace-nowrap', cell: (h) => when(h.at) },
              {
                key: 'speed',
                header: t('speed'),
                className: 'tabular-nums',
                cell: (h) => t('speedValue', { down: h.downloadMbps, up: h.uploadMbps }),
              },
              { key: 'reason', header: t('why'), cell: (h) => t(`reasons.${h.reason}` as never) },
              { key: 'by', header: t('by'), cell: (h) => h.changedByName ?? t('system') },
            ]}
          />
        </div>
        <div>
          <h2 className="mb-2 text-lg font-semibold">{tu('title')}</h2>
          <DataTable
            caption={tu('title')}
            rows={sub.upgrades}
            rowKey={(u) => u.id}
            empty={tu('noneForSubscription')}
            columns={[
              { key: 'rule', header: tu('rule'), rowHeader: true, cell: (u) => u.ruleName ?? tu('manual') },
              { key: 'extra', header: tu('extra'), className: 'tabular-nums', cell: (u) => `+${u.extraMbps} Mbps` },
              { key: 'from', header: tu('from'), className: 'whitespace-nowrap', cell: (u) => when(u.startsAt) },
              { key: 'until', header: tu('until'), className: 'whitespace-nowrap', cell: (u) => when(u.endsAt) },
              { key: 'by', header: tu('appliedBy'), cell: (u) => u.appliedByName ?? tu('automatic') },
              { key: 'status', header: tu('state'), cell: (u) => <UpgradeStatusBadge status={u.status} /> },
            ]}
          />
        </div>
        <div>
          <h2 className="mb-2 text-lg font-semibold">{tt('title')}</h2>
          <DataTable
            caption={tt('title')}
            rows={sub.complaints}
            rowKey={(c) => c.id}
            empty={tt('none')}
            columns={[
              {
                key: 'number',
                header: tt('number'),
                rowHeader: true,
                className: 'whitespace-nowrap',
                cell: (c) => <Link href={`/staff/tickets/${c.id}`}>{c.number}</Link>,
              },
              { key: 'summary', header: tt('summary'), cell: (c) => c.summary },
              { key: 'status', header: tt('status'), cell: (c) => tt(`ticketStatuses.${c.status}` as never) },
              { key: 'created', header: tt('filed'), className: 'whitespace-nowrap', cell: (c) => when(c.createdAt) },
            ]}
          />
        </div>
        {sub.requests.length ? (
          <div>
            <h2 className="mb-2 text-lg font-semibold">{tu('requestsTitle')}</h2>
            <DataTable
              caption={tu('requestsTitle')}
              rows={sub.requests}
              rowKey={(r) => r.id}
              empty=""
              columns={[
                { key: 'created', header: tu('requestedAt'), rowHeader: true, className: 'whitespace-nowrap', cell: (r) => when(r.createdAt) },
                { key: 'note', header: tu('note'), cell: (r) => r.note ?? '—' },
                { key: 'status', header: tu('state'), cell: (r) => tu(`requestStatuses.${r.status}`) },
              ]}
            />
          </div>
        ) : null}
      </section>
    </>
  );
}
