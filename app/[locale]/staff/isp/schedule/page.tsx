import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { BookingProvider, CancelVisitButton, FreeSlotButton, MoveHereButton } from '@/components/isp-ops/schedule-actions';
import { VisitKindBadge } from '@/components/isp-ops/visit-badge';
import { buttonClass } from '@/components/ui/button';
import { Alert, PageHeader } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { requirePermission } from '@/lib/auth/session';
import { zoneLabel } from '@/lib/format/date';
import { getSchedule, listOpenComplaints, type ScheduleDay, type ScheduleView, type VisitRow } from '@/lib/isp/scheduling/queries';
import { SLOT_STEP_MINUTES } from '@/lib/isp/scheduling/constants';
import { addDays, localDateOf } from '@/lib/isp/scheduling/slots';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ispOps.schedule');
  return { title: t('title') };
}

type Fmt = Awaited<ReturnType<typeof getFormatter>>;
const STEP = SLOT_STEP_MINUTES * 60_000;

function href(v: { view: string; date: string; move?: string | null }) {
  const qs = new URLSearchParams({ view: v.view, date: v.date });
  if (v.move) qs.set('move', v.move);
  return `/staff/isp/schedule?${qs}`;
}

export default async function SchedulePage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission('schedule.manage');
  const sp = await searchParams;
  const data = await getSchedule({
    view: firstParam(sp.view),
    date: firstParam(sp.date),
    move: firstParam(sp.move),
  });
  const complaints = data.moving ? [] : await listOpenComplaints();
  const t = await getTranslations('ispOps.schedule');
  const format = await getFormatter();
  const step = data.view === 'week' ? 7 : 1;
  const move = data.moving?.id ?? null;
  const dayTitle = (d: string) =>
    format.dateTime(new Date(`${d}T12:00:00Z`), {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  const title =
    data.view === 'day'
      ? dayTitle(data.date)
      : t('weekOf', {
          from: dayTitle(data.days[0].date),
          to: dayTitle(data.days[data.days.length - 1].date),
        });

  return (
    <FlashProvider>
      <PageHeader title={t('title')} description={t('subtitle', { zone: zoneLabel(data.timeZone) })} />
      <nav aria-label={t('navLabel')} className="mb-4 flex flex-wrap items-center gap-2">
        <Link
          href={href({
            view: data.view,
            date: addDays(data.date, -step),
            move,
          })}
          className={buttonClass('secondary', 'sm')}
        >
          <span aria-hidden>←</span> {data.view === 'week' ? t('prevWeek') : t('prevDay')}
        </Link>
        <Link href={href({ view: data.view, date: data.today, move })} className={buttonClass('secondary', 'sm')}>
          {t('today')}
        </Link>
        <Link href={href({ view: data.view, date: addDays(data.date, step), move })} className={buttonClass('secondary', 'sm')}>
          {data.view === 'week' ? t('nextWeek') : t('nextDay')} <span aria-hidden>→</span>
        </Link>
        <span className="mx-1 h-6 w-px bg-slate-300" aria-hidden />
        <Link
          href={href({ view: 'day', date: data.date, move })}
          aria-current={data.view === 'day' ? 'page' : undefined}
          className={cn(buttonClass(data.view === 'day' ? 'primary' : 'secondary', 'sm'))}
        >
          {t('dayView')}
        </Link>
        <Link
          href={href({ view: 'week', date: data.date, move })}
          aria-current={data.view === 'week' ? 'page' : undefined}
          className={cn(buttonClass(data.view === 'week' ? 'primary' : 'secondary', 'sm'))}
        >
          {t('weekView')}
        </Link>
        <form action="/staff/isp/schedule" className="flex items-center gap-2">
          <input type="hidden" name="view" value={data.view} />
          {move ? <input type="hidden" name="move" value={move} /> : null}
          <label htmlFor="schedule-date" className="sr-only">
            {t('goToDate')}
          </label>
          <input
            id="schedule-date"
            type="date"
            name="date"
            defaultValue={data.date}
            className="rounded-md border-0 px-2 py-1.5 text-sm ring-1 ring-slate-300"
          />
          <button type="submit" className={buttonClass('ghost', 'sm')}>
            {t('go')}
          </button>
        </form>
      </nav>
      <h2 className="mb-3 text-lg font-semibold">{title}</h2>
      {data.moving ? (
        <div className="mb-4">
          <Alert tone="info">
            <p>
              {t('movingBanner', {
                kind: (await getTranslations('ispOps.kinds'))(data.moving.kind),
                customer: data.moving.customerName ?? '—',
                when: format.dateTime(data.moving.startsAt, {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                }),
                minutes: data.slotMinutes,
              })}{' '}
              <Link href={href({ view: data.view, date: data.date })}>{t('stopMoving')}</Link>
            </p>
          </Alert>
        </div>
      ) : (
        <p className="mb-4 text-sm text-slate-600">{t('howToBook')}</p>
      )}
      <FlashOutlet />
      {!data.technicians.length ? (
        <Alert tone="warning">{t('noTechnicians')}</Alert>
      ) : (
        <BookingProvider
          complaints={complaints.map((c) => ({
            id: c.id,
            number: c.number,
            summary: c.summary,
            customerName: c.customerName,
            assigneeId: c.assigneeId,
          }))}
        >
          {data.view === 'day' ? <DayGrid data={data} day={data.days[0]} format={format} /> : <WeekGrid data={data} format={format} />}
        </BookingProvider>
      )}
    </FlashProvider>
  );
}

async function VisitCard({ v, data, format, compact }: { v: VisitRow; data: ScheduleView; format: Fmt; compact?: boolean }) {
  const t = await getTranslations('ispOps.schedule');
  const tk = await getTranslations('ispOps.kinds');
  const time = `${format.dateTime(v.startsAt, { hour: '2-digit', minute: '2-digit' })}–${format.dateTime(v.endsAt, { hour: '2-digit', minute: '2-digit' })}`;
  const label = `${tk(v.kind)} · ${v.customerName ?? '—'} · ${time}`;
  const moving = data.moving?.id === v.id;
  return (
    <div
      className={cn(
        'rounded-md p-2 text-xs ring-1',
        moving ? 'bg-blue-50 ring-blue-400' : v.status === 'done' ? 'bg-green-50 ring-green-200' : 'bg-amber-50/60 ring-amber-200',
      )}
    >
      <p className="flex flex-wrap items-center gap-1">
        <span className="font-semibold tabular-nums">{time}</span>
        <VisitKindBadge kind={v.kind} />
        {v.status === 'done' ? <span className="text-green-800">✓ {t('done')}</span> : null}
      </p>
      <p className="mt-0.5 font-medium text-slate-900">{v.customerName ?? '—'}</p>
      {v.refNumber ? <p className="text-slate-600">{v.refNumber}</p> : null}
      {!compact && v.address ? <p className="text-slate-600">{v.address}</p> : null}
      {v.status === 'booked' && !data.moving ? (
        <div className="mt-1 flex flex-wrap gap-1">
          <Link
            href={href({ view: data.view, date: data.date, move: v.id })}
            className={buttonClass('ghost', 'sm')}
            aria-label={t('rescheduleFor', { visit: label })}
          >
            {t('reschedule')}
          </Link>
          {v.refType === 'ticket' ? <CancelVisitButton appointmentId={v.id} version={v.version} label={label} /> : null}
        </div>
      ) : null}
    </div>
  );
}

/** Free-cell control: book a complaint visit, or (reschedule mode) move the visit here. */
function SlotControl({ data, techId, techName, start, format }: { data: ScheduleView; techId: string; techName: string; start: Date; format: Fmt }) {
  const slot = {
    resourceId: techId,
    technician: techName,
    startsAt: start.toISOString(),
    label: format.dateTime(start, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }),
  };
  if (data.moving) {
    return (
      <MoveHereButton
        appointmentId={data.moving.id}
        version={data.moving.version}
        slot={slot}
        backHref={href({ view: data.view, date: data.date })}
      />
    );
  }
  return <FreeSlotButton slot={slot} />;
}

async function DayGrid({ data, day, format }: { data: ScheduleView; day: ScheduleDay; format: Fmt }) {
  const t = await getTranslations('ispOps.schedule');
  if (!day.working) return <Alert tone="info">{t('dayOff')}</Alert>;
  const rows = day.rows;
  const first = rows[0].getTime();
  const rowOf = (d: Date) => Math.floor((d.getTime() - first) / STEP);
  // Per technician: blocks of visits that touch the same rows, each rendered as one cell spanning them.
  type Block = { start: number; span: number; visits: VisitRow[] };
  const blocks = new Map<string, Map<number, Block>>();
  const covered = new Map<string, Set<number>>();
  const outside: VisitRow[] = [];
  for (const tech of data.technicians) {
    const mine = data.visits.filter((v) => v.resourceId === tech.id);
    const byStart = new Map<number, Block>();
    const cov = new Set<number>();
    let current: Block | null = null;
    for (const v of mine) {
      const s = rowOf(v.startsAt);
      const e = Math.ceil((v.endsAt.getTime() - first) / STEP);
      if (s < 0 || s >= rows.length) {
        outside.push(v);
        continue;
      }
      const end = Math.min(e, rows.length);
      if (current && s < current.start + current.span) {
        current.visits.push(v);
        current.span = Math.max(current.span, end - current.start);
      } else {
        current = { start: s, span: Math.max(1, end - s), visits: [v] };
        byStart.set(s, current);
      }
    }
    for (const b of byStart.values()) for (let i = b.start; i < b.start + b.span; i++) cov.add(i);
    blocks.set(tech.id, byStart);
    covered.set(tech.id, cov);
  }
  const freeAt = (techId: string, at: Date) => day.free[techId]?.some((f) => f.getTime() === at.getTime());
  return (
    <>
      <div role="region" aria-label={t('gridCaption')} tabIndex={0} className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <table className="min-w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t('gridCaption')}</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="sticky left-0 z-10 w-20 bg-slate-50 px-2 py-2 font-semibold">
                {t('time')}
              </th>
              {data.technicians.map((tech) => (
                <th key={tech.id} scope="col" className="min-w-44 px-2 py-2 font-semibold">
                  {tech.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.toISOString()} className="border-t border-slate-100 align-top">
                <th scope="row" className="sticky left-0 bg-white px-2 py-1 text-xs font-medium tabular-nums text-slate-600">
                  {format.dateTime(row, { hour: '2-digit', minute: '2-digit' })}
                </th>
                {data.technicians.map((tech) => {
                  const block = blocks.get(tech.id)?.get(i);
                  if (block) {
                    return (
                      <td key={tech.id} rowSpan={block.span} className="px-1 py-1">
                        <div className="space-y-1">
                          {block.visits.map((v) => (
                            <VisitCard key={v.id} v={v} data={data} format={format} />
                          ))}
                        </div>
                      </td>
                    );
                  }
                  if (covered.get(tech.id)?.has(i)) return null;
                  return (
                    <td key={tech.id} className="px-1 py-1">
                      {freeAt(tech.id, row) ? <SlotControl data={data} techId={tech.id} techName={tech.name} start={row} format={format} /> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {outside.length ? (
        <div className="mt-4">
          <h3 className="mb-2 text-sm font-semibold">{t('outsideHours')}</h3>
          <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {outside.map((v) => (
              <VisitCard key={v.id} v={v} data={data} format={format} />
            ))}
          </div>
        </div>
      ) : null}
      <p className="mt-3 text-xs text-slate-500">{t('legend', { minutes: data.slotMinutes })}</p>
    </>
  );
}

async function WeekGrid({ data, format }: { data: ScheduleView; format: Fmt }) {
  const t = await getTranslations('ispOps.schedule');
  return (
    <>
      <div role="region" aria-label={t('weekCaption')} tabIndex={0} className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <table className="min-w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t('weekCaption')}</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="sticky left-0 z-10 bg-slate-50 px-2 py-2 font-semibold">
                {t('technician')}
              </th>
              {data.days.map((d) => (
                <th key={d.date} scope="col" className={cn('min-w-36 px-2 py-2 font-semibold', d.date === data.today && 'bg-brand-50')}>
                  <Link
                    href={href({
                      view: 'day',
                      date: d.date,
                      move: data.moving?.id,
                    })}
                  >
                    {format.dateTime(new Date(`${d.date}T12:00:00Z`), {
                      weekday: 'short',
                      day: 'numeric',
                      month: 'short',
                      timeZone: 'UTC',
                    })}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.technicians.map((tech) => (
              <tr key={tech.id} className="border-t border-slate-100 align-top">
                <th scope="row" className="sticky left-0 bg-white px-2 py-2 font-medium">
                  {tech.name}
                </th>
                {data.days.map((d) => {
                  const visits = data.visits.filter((v) => v.resourceId === tech.id && localDateOf(v.startsAt, data.timeZone) === d.date);
                  const free = d.free[tech.id]?.length ?? 0;
                  return (
                    <td key={d.date} className={cn('px-1 py-1', !d.working && 'bg-slate-50')}>
                      <div className="space-y-1">
                        {visits.map((v) => (
                          <VisitCard key={v.id} v={v} data={data} format={format} compact />
                        ))}
                        {/* Past days offer nothing to book: no free-slot count there. */}
                        {d.date < data.today ? null : d.working ? (
                          free ? (
                            <Link
                              href={href({
                                view: 'day',
                                date: d.date,
                                move: data.moving?.id,
                              })}
                              className="block text-xs"
                            >
                              {t('freeSlots', { count: free })}
                            </Link>
                          ) : (
                            <p className="text-xs text-slate-500">{t('full')}</p>
                          )
                        ) : (
                          <p className="text-xs text-slate-500">{t('off')}</p>
                        )}
                      </div>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3 text-xs text-slate-500">{t('weekLegend', { minutes: data.slotMinutes })}</p>
    </>
  );
}
