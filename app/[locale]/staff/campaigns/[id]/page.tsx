import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AutoRefresh, CampaignActions } from '@/components/campaigns/campaign-actions';
import { CampaignStatusBadge } from '@/components/campaigns/status-badge';
import { CriteriaSummary } from '@/components/segments/criteria-summary';
import { Alert, Card, PageHeader } from '@/components/ui/card';
import { getCampaign } from '@/lib/campaigns/queries';
import { getCriteriaCatalogForReaders } from '@/lib/segments/catalog-for-readers';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('campaigns'))('detailTitle') };
}

export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const c = await getCampaign(id);
  if (!c) notFound();
  const catalog = await getCriteriaCatalogForReaders();
  const t = await getTranslations('campaigns');
  const format = await getFormatter();
  const working = c.status === 'approved' || c.status === 'sending';
  const stat = (label: string, value: number, tone: string) => (
    <div className={`rounded-md p-3 ring-1 ${tone}`}>
      <p className="text-xs font-medium uppercase tracking-wide">{label}</p>
      <p className="mt-1 text-2xl font-bold tabular-nums">{format.number(value)}</p>
    </div>
  );
  return (
    <>
      <AutoRefresh active={working} />
      <PageHeader title={c.promoTitle} description={t('detailTitle')} actions={<CampaignStatusBadge status={c.status} />} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {c.reviewNote && c.status === 'draft' ? (
            <Alert tone="warning">
              <p className="font-semibold">{t('rejectedNote')}</p>
              <p className="mt-1 whitespace-pre-line">{c.reviewNote}</p>
            </Alert>
          ) : null}
          <Card title={t('delivery')}>
            <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
              {stat(t('counts.sent'), c.counts.sent, 'bg-green-50 ring-green-200')}
              {stat(t('counts.pending'), c.counts.pending, 'bg-blue-50 ring-blue-200')}
              {stat(t('counts.failed'), c.counts.failed, 'bg-red-50 ring-red-200')}
              {stat(t('counts.optedOut'), c.counts.optedOut, 'bg-slate-50 ring-slate-200')}
            </div>
            <p className="mt-3 text-sm text-slate-600">
              {c.status === 'done'
                ? t('doneAt', { at: format.dateTime(c.finishedAt ?? new Date(), 'short') })
                : working
                  ? c.enqueuedAt
                    ? t('waitingDelivery')
                    : t('enqueueing')
                  : t('notStarted')}
            </p>
          </Card>
          <Card title={t('fields.audience')}>
            <p className="text-sm">
              {c.audience.segmentName ? <span className="font-medium">{c.audience.segmentName}: </span> : null}
              <CriteriaSummary criteria={c.audience.criteria as never} catalog={catalog} />
            </p>
            <p className="mt-2 text-sm text-slate-600">
              {c.audienceCount != null
                ? t('audienceAtApproval', { count: c.audienceCount })
                : c.liveCount != null
                  ? t('audienceNow', { count: c.liveCount })
                  : null}
            </p>
            <p className="mt-1 text-xs text-slate-500">{t('optOutNote')}</p>
          </Card>
          <Card title={t('history')}>
            {c.history.length ? (
              <ol className="space-y-2 text-sm">
                {c.history.map((h, i) => (
                  <li key={i}>
                    <span className="font-medium">{t(`events.${h.action.replace('campaign.', '') as 'create'}`)}</span>
                    {' · '}
                    {h.actor ?? t('system')}
                    {' · '}
                    <time dateTime={h.at.toISOString()}>{format.dateTime(h.at, 'short')}</time>
                    {h.note ? <p className="text-slate-600">“{h.note}”</p> : null}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="text-sm text-slate-600">—</p>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          <Card title={t('summary')}>
            <dl className="space-y-2 text-sm">
              <div>
                <dt className="text-slate-500">{t('fields.promo')}</dt>
                <dd>
                  {c.promoTitle} ({t(`promoStatuses.${c.promoStatus}`)})
                  {c.promoStatus === 'published' ? null : <span className="block text-amber-800">{t('promoNotPublishedHint')}</span>}
                </dd>
              </div>
              <div>
                <dt className="text-slate-500">{t('fields.channel')}</dt>
                <dd>{t(`channels.${c.channel}`)}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t('promoPeriod')}</dt>
                <dd>{format.dateTimeRange(c.promoStartsAt, c.promoEndsAt, { dateStyle: 'medium' })}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t('requestedBy')}</dt>
                <dd>{c.requestedBy ?? '—'}</dd>
              </div>
              {c.approvedBy ? (
                <div>
                  <dt className="text-slate-500">{t('approvedBy')}</dt>
                  <dd>
                    {c.approvedBy}, {c.approvedAt ? format.dateTime(c.approvedAt, 'short') : ''}
                  </dd>
                </div>
              ) : null}
            </dl>
            {c.can.manage ? (
              <Link href={`/staff/promos/${c.promoId}`} className="mt-3 inline-block text-sm">
                {t('openPromo')}
              </Link>
            ) : null}
          </Card>
          <Card title={t('actions')}>
            <CampaignActions id={c.id} version={c.version} status={c.status} canManage={c.can.manage} canApprove={c.can.approve} ownRequest={c.can.ownRequest} audienceCount={c.liveCount} />
          </Card>
        </div>
      </div>
    </>
  );
}
