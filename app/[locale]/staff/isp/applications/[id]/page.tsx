import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ApplicationMoveForms } from '@/components/isp/application-move-forms';
import { ApplicationStatusBadge } from '@/components/isp/application-badges';
import { Alert, Badge, Card, PageHeader } from '@/components/ui/card';
import { can } from '@/lib/auth/permissions';
import { formatRupiah } from '@/lib/format/money';
import { formatIdPhone } from '@/lib/format/phone';
import { getApplicationForStaff, getVisitDefaults, listTechnicians } from '@/lib/isp/applications/queries';
import { requireAnyPermission } from '@/lib/isp/plans/access';
import { zoneLabel } from '@/lib/format/date';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const app = await getApplicationForStaff((await params).id);
  return { title: app?.number ?? 'REG' };
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);

export default async function StaffApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireAnyPermission('signup.review', 'visit.work');
  const app = await getApplicationForStaff((await params).id);
  if (!app) notFound();
  const support = can(me.role, 'signup.review');
  const schedules = app.moves.includes('schedule_survey') || app.moves.includes('schedule_installation');
  const [technicians, visitDefaults] = schedules && support ? await Promise.all([listTechnicians(), getVisitDefaults(app.preferredDate)]) : [[], null];
  const t = await getTranslations('isp.applications');
  const format = await getFormatter();
  const date = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/staff/isp/applications">← {t('queue.back')}</Link>
      </p>
      <PageHeader title={app.number} description={`${app.fullName} · ${app.planName}`} actions={<ApplicationStatusBadge status={app.status} />} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {!app.verified ? <Alert tone="warning">{t('detail.unverified', { email: app.email })}</Alert> : null}
          {app.status === 'rejected' && app.rejectReason ? (
            <Alert tone="error">
              <p className="font-semibold">{t('detail.rejected')}</p>
              <p className="mt-1 whitespace-pre-line">{app.rejectReason}</p>
            </Alert>
          ) : null}
          {app.status === 'active' ? <Alert tone="success">{t('detail.active', { date: app.activatedAt ? format.dateTime(app.activatedAt, 'short') : '' })}</Alert> : null}
          <Card title={t('details')}>
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-slate-500">{t('fields.fullName')}</dt>
                <dd>{app.fullName}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t('fields.nik')}</dt>
                <dd className="font-mono">{app.nik}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t('fields.birthDate')}</dt>
                <dd>{date(app.birthDate)}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t('fields.phone')}</dt>
                <dd>
                  <a href={`tel:${app.phone}`}>{formatIdPhone(app.phone)}</a>
                </dd>
              </div>
              <div>
                <dt className="text-slate-500">{t('fields.email')}</dt>
                <dd className="break-all">
                  {app.email} {app.verified ? <Badge tone="green">{t('verified')}</Badge> : <Badge tone="slate">{t('unverified')}</Badge>}
                </dd>
              </div>
              <div>
                <dt className="text-slate-500">{t('fields.preferredDate')}</dt>
                <dd>{date(app.preferredDate)}</dd>
              </div>
              <div className="sm:col-span-2">
                <dt className="text-slate-500">{t('fields.address')}</dt>
                <dd>
                  {app.addressLine}
                  <br />
                  <span className="text-slate-600">{app.areaLabel}</span> <span className="font-mono text-xs text-slate-500">{app.areaCode}</span>
                </dd>
              </div>
              <div>
                <dt className="text-slate-500">{t('fields.plan')}</dt>
                <dd>
                  {app.planName} · {app.downloadMbps}/{app.uploadMbps} Mbps
                </dd>
              </div>
              <div>
                <dt className="text-slate-500">{t('fields.price')}</dt>
                <dd>
                  {formatRupiah(app.monthlyPriceIdr)} {t('perMonth')} · {t('fields.installationFee')} {formatRupiah(app.installationFeeIdr)}
                </dd>
              </div>
              {app.surveyedAt ? (
                <div className="sm:col-span-2">
                  <dt className="text-slate-500">{t('fields.survey')}</dt>
                  <dd>
                    {app.surveyCovered ? <Badge tone="green">{t('surveyCovered')}</Badge> : <Badge tone="red">{t('surveyNotCovered')}</Badge>}{' '}
                    <span className="text-xs text-slate-500">{format.dateTime(app.surveyedAt, 'short')}</span>
                    {app.surveyNotes ? <p className="mt-1 whitespace-pre-line">{app.surveyNotes}</p> : null}
                    {app.surveyPhotoIds.length ? (
                      <ul className="mt-2 flex flex-wrap gap-2" aria-label={t('surveyPhotos')}>
                        {app.surveyPhotoIds.map((id, i) => (
                          <li key={id}>
                            <a href={`/files/${id}`} target="_blank" rel="noopener noreferrer" aria-label={t('surveyPhotoN', { n: i + 1 })}>
                              {/* A private file served by /files/[id] (owner and staff only), not next/image. */}
                              {/* eslint-disable-next-line @next/next/no-img-element */}
                              <img src={`/files/${id}`} alt={t('surveyPhotoN', { n: i + 1 })} className="size-24 rounded object-cover ring-1 ring-slate-200" loading="lazy" />
                            </a>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </dd>
                </div>
              ) : null}
            </dl>
          </Card>
          <Card title={t('visits')}>
            {app.visits.length ? (
              <ul className="space-y-2 text-sm">
                {app.visits.map((v) => (
                  <li key={v.id} className="flex flex-wrap items-center gap-2">
                    <Badge tone={v.status === 'cancelled' ? 'slate' : v.status === 'done' ? 'green' : 'blue'}>{t(`visitStatus.${v.status}`)}</Badge>
                    <span className="font-medium">{t(`visitKind.${v.kind === 'survey' ? 'survey' : 'installation'}`)}</span>
                    <span>
                      {format.dateTimeRange(v.startsAt, v.endsAt, 'short')} · {v.technicianName}
                    </span>
                    {v.notes ? <span className="w-full text-xs text-slate-500">{v.notes}</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">{t('noVisits')}</p>
            )}
          </Card>
          <Card title={t('history')}>
            <ol className="space-y-3 text-sm">
              {app.history.map((h) => {
                const move = h.action.replace(/^isp_application\./, '');
                const a = h.after;
                const extra = [
                  str(a.technician) ? t('historyTechnician', { name: str(a.technician)! }) : null,
                  str(a.startsAt) ? format.dateTime(new Date(str(a.startsAt)!), 'short') : null,
                  typeof a.covered === 'boolean' ? (a.covered ? t('surveyCovered') : t('surveyNotCovered')) : null,
                  str(a.reason),
                  str(a.notes),
                ].filter(Boolean);
                return (
                  <li key={h.id} className="border-l-2 border-slate-200 pl-3">
                    <p className="font-medium">{t.has(`historyMoves.${move}`) ? t(`historyMoves.${move}` as never) : h.action}</p>
                    <p className="text-xs text-slate-500">
                      {format.dateTime(h.at, 'short')} · {h.actorName ?? t('system')}
                    </p>
                    {extra.length ? <p className="mt-0.5 whitespace-pre-line text-slate-700">{extra.join(' · ')}</p> : null}
                  </li>
                );
              })}
            </ol>
          </Card>
        </div>
        <aside className="space-y-4">
          <Card title={t('nextStep')}>
            {!app.verified && app.moves.includes('schedule_survey') ? (
              <div className="mb-3">
                <Alert tone="warning">{t('detail.waitVerification')}</Alert>
              </div>
            ) : null}
            {app.status === 'surveyed' && app.surveyCovered === false ? (
              <div className="mb-3">
                <Alert tone="info">{t('detail.notCoveredHint')}</Alert>
              </div>
            ) : null}
            <ApplicationMoveForms
              moves={app.status === 'surveyed' && app.surveyCovered === false ? app.moves.filter((m) => m !== 'schedule_installation') : app.moves}
              refs={{ applicationId: app.id, version: app.version }}
              technicians={technicians}
              visitDefaults={{ startsAt: visitDefaults?.startsAt ?? '', hint: visitDefaults ? t('moves.hoursHint', { open: visitDefaults.open, close: visitDefaults.close, zone: zoneLabel(visitDefaults.timeZone) }) : '' }}
            />
          </Card>
        </aside>
      </div>
    </>
  );
}
