import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { ApplicationStatusBadge } from '@/components/isp/application-badges';
import { ApplicationSteps } from '@/components/isp/application-steps';
import { Alert, Card, PageHeader } from '@/components/ui/card';
import { formatRupiah } from '@/lib/format/money';
import { formatIdPhone } from '@/lib/format/phone';
import { getMyApplication } from '@/lib/isp/applications/queries';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const app = await getMyApplication((await params).id);
  return { title: app?.number ?? 'REG' };
}

/** The applicant follows their application: steps, booked visits, the outcome. Another customer's id is a 404. */
export default async function MyApplicationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const app = await getMyApplication((await params).id);
  if (!app) notFound();
  const sp = await searchParams;
  const t = await getTranslations('isp.applications');
  const format = await getFormatter();
  const upcoming = app.visits.filter((v) => v.status === 'booked');
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/account/applications">← {t('account.back')}</Link>
      </p>
      <PageHeader title={t('account.detailTitle', { number: app.number })} description={app.planName} actions={<ApplicationStatusBadge status={app.status} />} />
      <div className="space-y-4">
        {firstParam(sp.submitted) ? <Alert tone="success">{t('account.submitted', { number: app.number })}</Alert> : null}
        {!app.verified ? <Alert tone="warning">{t('account.verifyFirst', { email: app.email })}</Alert> : null}
        {upcoming.map((v) => (
          <Alert key={`${v.kind}-${v.startsAt.toISOString()}`} tone="info">
            {t(`account.visit.${v.kind === 'survey' ? 'survey' : 'installation'}`, { when: format.dateTime(v.startsAt, 'short'), technician: v.technicianName })}
          </Alert>
        ))}
        {app.status === 'surveyed' && app.surveyCovered === false ? <Alert tone="warning">{t('account.notCovered')}</Alert> : null}
        {app.status === 'rejected' ? (
          <Alert tone="error">
            <p className="font-semibold">{t('account.rejected')}</p>
            {app.rejectReason ? <p className="mt-1 whitespace-pre-line">{app.rejectReason}</p> : null}
          </Alert>
        ) : null}
        {app.status === 'active' ? <Alert tone="success">{t('account.active', { plan: app.planName })}</Alert> : null}
        <div className="grid gap-4 md:grid-cols-3">
          <Card title={t('steps')}>
            <ApplicationSteps status={app.status} steps={app.steps} />
          </Card>
          <Card title={t('details')} className="md:col-span-2">
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-slate-500">{t('fields.plan')}</dt>
                <dd>
                  {app.planName} · {app.downloadMbps}/{app.uploadMbps} Mbps · {formatRupiah(app.monthlyPriceIdr)} {t('perMonth')}
                </dd>
              </div>
              <div>
                <dt className="text-slate-500">{t('fields.installationFee')}</dt>
                <dd>{formatRupiah(app.installationFeeIdr)}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t('fields.fullName')}</dt>
                <dd>{app.fullName}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t('fields.nik')}</dt>
                <dd className="font-mono">{app.nikMasked}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t('fields.phone')}</dt>
                <dd>{formatIdPhone(app.phone)}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t('fields.email')}</dt>
                <dd className="break-all">{app.email}</dd>
              </div>
              <div className="sm:col-span-2">
                <dt className="text-slate-500">{t('fields.address')}</dt>
                <dd>
                  {app.addressLine}
                  <br />
                  <span className="text-slate-600">{app.areaLabel}</span>
                </dd>
              </div>
              <div>
                <dt className="text-slate-500">{t('fields.preferredDate')}</dt>
                <dd>{format.dateTime(new Date(`${app.preferredDate}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' })}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t('fields.submittedAt')}</dt>
                <dd>{format.dateTime(app.createdAt, 'short')}</dd>
              </div>
            </dl>
          </Card>
        </div>
      </div>
    </>
  );
}
