import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { CompleteVisitButton } from '@/components/isp-ops/complete-visit-button';
import { VisitKindBadge, VisitStatusBadge } from '@/components/isp-ops/visit-badge';
import { buttonClass } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { formatIdPhone, whatsappLink } from '@/lib/format/phone';
import { zoneLabel } from '@/lib/format/date';
import { listMyVisitsToday, type VisitRow } from '@/lib/isp/scheduling/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ispOps.today');
  return { title: t('title') };
}

/** Where the technician reads what the visit is for: the application, or the ticket dispatched to them. */
function refLink(v: VisitRow, myId: string): string | null {
  if (v.refType === 'isp_application') return `/staff/isp/applications/${v.refId}`;
  if (v.refType === 'ticket' && v.ticketAssigneeId === myId) return `/staff/tickets/${v.refId}`;
  return null;
}

/** The technician's visits today on a phone, in visiting order: address, tap to call or WhatsApp, mark done. */
export default async function TodayPage() {
  const me = await requirePermission('visit.work');
  const { date, timeZone, visits } = await listMyVisitsToday();
  const t = await getTranslations('ispOps.today');
  const tk = await getTranslations('ispOps.kinds');
  const format = await getFormatter();
  const day = format.dateTime(new Date(`${date}T12:00:00Z`), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const open = visits.filter((v) => v.status === 'booked').length;
  return (
    <FlashProvider>
      <PageHeader title={t('title')} description={t('subtitle', { day, count: open, zone: zoneLabel(timeZone) })} />
      <FlashOutlet />
      {!visits.length ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        <ol className="space-y-3" aria-label={t('listLabel')}>
          {visits.map((v, i) => {
            const time = `${format.dateTime(v.startsAt, { hour: '2-digit', minute: '2-digit' })}–${format.dateTime(v.endsAt, { hour: '2-digit', minute: '2-digit' })}`;
            const label = `${time} ${tk(v.kind)} · ${v.customerName ?? '—'}`;
            const link = refLink(v, me.id);
            const mapHref = v.address ? `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(v.address)}` : null;
            return (
              <li key={v.id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p className="text-lg font-bold tabular-nums">
                    <span className="sr-only">{t('stop', { n: i + 1 })} </span>
                    {time}
                  </p>
                  <div className="flex gap-1">
                    <VisitKindBadge kind={v.kind} />
                    <VisitStatusBadge status={v.status} />
                  </div>
                </div>
                <p className="mt-1 text-base font-semibold">{v.customerName ?? '—'}</p>
                {v.address ? (
                  <p className="mt-0.5 text-sm text-slate-700">
                    {v.address}
                    {mapHref ? (
                      <>
                        {' · '}
                        <a href={mapHref} target="_blank" rel="noopener noreferrer">
                          {t('openMap')}
                        </a>
                      </>
                    ) : null}
                  </p>
                ) : null}
                {v.refSummary ? <p className="mt-1 text-sm text-slate-700">{v.refSummary}</p> : null}
                {v.notes ? <p className="mt-1 whitespace-pre-wrap text-sm text-slate-600">{v.notes}</p> : null}
                <div className="mt-3 flex flex-wrap gap-2">
                  {v.customerPhone ? (
                    <>
                      <a
                        href={`tel:${v.customerPhone}`}
                        className={buttonClass('secondary')}
                        aria-label={t('callFor', { phone: formatIdPhone(v.customerPhone), name: v.customerName ?? '' })}
                      >
                        {t('call')} {formatIdPhone(v.customerPhone)}
                      </a>
                      <a href={whatsappLink(v.customerPhone)} target="_blank" rel="noopener noreferrer" className={buttonClass('secondary')}>
                        {t('whatsapp')}
                      </a>
                    </>
                  ) : (
                    <span className="text-sm text-slate-500">{t('noPhone')}</span>
                  )}
                  {link ? (
                    <Link href={link} className={buttonClass('ghost')}>
                      {v.refType === 'ticket' ? t('openTicket', { number: v.refNumber ?? '' }) : t('openApplication', { number: v.refNumber ?? '' })}
                    </Link>
                  ) : v.refNumber ? (
                    <span className="self-center text-sm text-slate-600">{v.refNumber}</span>
                  ) : null}
                  {v.status === 'booked' ? <CompleteVisitButton appointmentId={v.id} label={label} /> : null}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </FlashProvider>
  );
}
