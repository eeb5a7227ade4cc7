import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { Alert, Badge, Card } from '@/components/ui/card';
import { AddAttachments } from '@/components/tickets/add-attachments';
import { PriorityBadge, SlaBadge, StatusBadge } from '@/components/tickets/badges';
import { ChangePlanForm } from '@/components/tickets/change-plan-form';
import { CommentForm } from '@/components/tickets/comment-form';
import { DeleteTicketButton } from '@/components/tickets/delete-ticket-button';
import { TicketActions } from '@/components/tickets/move-forms';
import { AttachmentList, CommentList, Facts, Paragraphs, StepList, Timeline } from '@/components/tickets/ticket-parts';
import { requirePermission } from '@/lib/auth/session';
import { formatIdPhone } from '@/lib/format/phone';
import { ATTACHMENTS_PER_TICKET } from '@/lib/tickets/constants';
import { getTicket } from '@/lib/tickets/queries';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const ticket = await getTicket(id);
  const t = await getTranslations('tickets');
  return { title: ticket ? ticket.number : t('queue.title') };
}

export default async function StaffTicketPage({ params, searchParams }: Props) {
  await requirePermission('ticket.read');
  const { id } = await params;
  const ticket = await getTicket(id);
  if (!ticket) notFound();
  const sp = await searchParams;
  const t = await getTranslations('tickets');
  const format = await getFormatter();
  const locale = await getLocale();
  const dt = (d: Date | null) => (d ? format.dateTime(d, 'short') : '—');
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), 'date');
  const { sla, customer, project } = ticket;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="font-mono text-sm text-slate-600">{ticket.number}</p>
          <h1 className="break-words text-2xl font-bold tracking-tight">{ticket.summary}</h1>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <StatusBadge status={ticket.status} />
            <PriorityBadge priority={ticket.priority} />
            <Badge>{t(`category.${ticket.category}`)}</Badge>
            {sla.phase === 'none' ? <SlaBadge state="ok" none /> : <SlaBadge state={sla.state} />}
            {ticket.reopenCount ? <Badge tone="amber">{t('detail.reopened', { count: ticket.reopenCount })}</Badge> : null}
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          {ticket.can.printLetter ? (
            <a href={`/print/tickets/${ticket.id}/letter`} target="_blank" rel="noopener" className={buttonClass('secondary', 'sm')}>
              {t('detail.printLetter')}
            </a>
          ) : null}
          {ticket.can.jobCard ? (
            <Link href={`/staff/tickets/${ticket.id}/job-card`} className={buttonClass('primary', 'sm')}>
              {t('detail.openJobCard')}
            </Link>
          ) : null}
          {ticket.can.printJobCard ? (
            <a href={`/print/tickets/${ticket.id}/job-card`} target="_blank" rel="noopener" className={buttonClass('secondary', 'sm')}>
              {t('detail.printJobCard')}
            </a>
          ) : null}
          <Link href="/staff/tickets" className={buttonClass('ghost', 'sm')}>
            {t('detail.back')}
          </Link>
        </div>
      </div>

      {sp.created ? <Alert tone="success">{t('new.created', { number: ticket.number })}</Alert> : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card>
            <Facts
              items={[
                {
                  label: t('detail.customer'),
                  value: (
                    <>
                      <span className="font-medium">{customer.name}</span>
                      <span className="block text-xs text-slate-600">
                        {[customer.city, customer.phone ? formatIdPhone(customer.phone) : null, customer.email].filter(Boolean).join(' · ')}
                      </span>
                      {customer.personInCharge ? <span className="block text-xs text-slate-600">{t('detail.person', { name: customer.personInCharge })}</span> : null}
                    </>
                  ),
                },
                {
                  label: t('detail.project'),
                  value: project ? (
                    <>
                      <span className="font-medium">{project.name}</span>
                      <span className="mt-1 flex flex-wrap gap-1">
                        <Badge tone={project.inWarranty ? 'green' : 'slate'}>
                          {project.warrantyEnd ? (project.inWarranty ? t('detail.inWarranty') : t('detail.outWarranty')) : t('detail.noWarranty')}
                        </Badge>
                        <Badge tone={project.inContract ? 'green' : 'slate'}>
                          {project.contractEnd ? (project.inContract ? t('detail.inContract') : t('detail.outContract')) : t('detail.noContract')}
                        </Badge>
                      </span>
                      <span className="block text-xs text-slate-600">
                        {[project.warrantyEnd ? t('detail.warrantyUntil', { date: day(project.warrantyEnd) }) : null, project.contractEnd ? t('detail.contractUntil', { date: day(project.contractEnd) }) : null]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    </>
                  ) : (
                    <span className="text-slate-500">{t('detail.noProject')}</span>
                  ),
                },
                {
                  label: t('detail.reporter'),
                  value: (
                    <>
                      {ticket.reporter.name}
                      <span className="block text-xs text-slate-600">
                        {[ticket.reporter.phone ? formatIdPhone(ticket.reporter.phone) : null, ticket.reporter.email].filter(Boolean).join(' · ')}
                      </span>
                    </>
                  ),
                },
                { label: t('detail.createdAt'), value: dt(ticket.createdAt) },
                { label: t('detail.servicePoint'), value: ticket.servicePoint?.name ?? t('detail.none') },
                { label: t('detail.engineer'), value: ticket.assignee?.name ?? t('detail.none') },
              ]}
            />
          </Card>

          <Card title={t('detail.description')}>
            <Paragraphs text={ticket.detail} />
            {ticket.pendingReason && ticket.status === 'pending' ? (
              <div className="mt-4">
                <h3 className="text-sm font-semibold">{t('detail.pendingReason')}</h3>
                <Paragraphs text={ticket.pendingReason} />
              </div>
            ) : null}
            {ticket.declineReason ? (
              <div className="mt-4">
                <h3 className="text-sm font-semibold">{t('detail.declineReason')}</h3>
                <Paragraphs text={ticket.declineReason} />
              </div>
            ) : null}
            {ticket.resolution ? (
              <div className="mt-4 rounded-md bg-green-50 p-3 ring-1 ring-green-200">
                <h3 className="text-sm font-semibold">{t('detail.resolution')}</h3>
                <Paragraphs text={ticket.resolution} />
              </div>
            ) : null}
          </Card>

          <Card title={t('detail.commentsTitle')}>
            <div className="space-y-4">
              <CommentList items={ticket.comments} />
              {ticket.can.comment ? <CommentForm ticketId={ticket.id} allowInternal={ticket.can.internalComment} /> : null}
            </div>
          </Card>

          <Card title={t('detail.attachmentsTitle')}>
            <div className="space-y-4">
              <AttachmentList items={ticket.attachments} locale={locale} />
              {ticket.can.attach ? (
                <details>
                  <summary className="cursor-pointer text-sm font-medium">{t('detail.addAttachments')}</summary>
                  <div className="mt-3">
                    <AddAttachments ticketId={ticket.id} room={ATTACHMENTS_PER_TICKET - ticket.attachments.length} />
                  </div>
                </details>
              ) : null}
            </div>
          </Card>

          {ticket.jobCards.length || ticket.rating ? (
            <Card title={t('detail.jobCardsTitle')}>
              {ticket.jobCards.length ? (
                <ul className="space-y-1 text-sm">
                  {ticket.jobCards.map((c) => (
                    <li key={c.id}>{t('detail.jobCardBy', { name: c.engineerName, time: dt(c.finishAt) })}</li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-slate-600">{t('detail.noJobCards')}</p>
              )}
              {ticket.rating ? (
                <div className="mt-4">
                  <h3 className="text-sm font-semibold">{t('detail.ratingTitle')}</h3>
                  <p className="text-sm">
                    <span aria-hidden>{'★'.repeat(ticket.rating.rating)}</span> {t('detail.ratingValue', { rating: ticket.rating.rating })}
                  </p>
                  {ticket.rating.comment ? <Paragraphs text={ticket.rating.comment} /> : null}
                </div>
              ) : null}
            </Card>
          ) : null}

          <Card title={t('detail.timelineTitle')}>
            <Timeline items={ticket.timeline} />
          </Card>
        </div>

        <div className="min-w-0 space-y-6">
          <Card title={t('detail.actionsTitle')}>
            <TicketActions ticketId={ticket.id} version={ticket.version} moves={ticket.moves} assign={ticket.assign} dispatch={ticket.dispatch} />
          </Card>

          <Card title={t('detail.slaTitle')}>
            {sla.phase === 'none' ? (
              <p className="text-sm text-slate-600">{t('detail.noPlan')}</p>
            ) : (
              <div className="space-y-3 text-sm">
                <p>
                  <span className="font-medium">{sla.planName ?? '—'}</span>
                  <span className="block text-xs text-slate-600">
                    {t('detail.targets', { response: sla.responseMinutes ?? 0, resolution: sla.resolutionMinutes ?? 0, warning: sla.warningPercent ?? 0 })}
                  </span>
                </p>
                <p className="flex flex-wrap items-center gap-2">
                  <span className="text-slate-600">{t('detail.stateNow')}:</span> <SlaBadge state={sla.state} />
                  <span className="text-xs text-slate-600">{t(`detail.phase.${sla.phase}`)}</span>
                </p>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                  <dt className="text-slate-600">{t('detail.responseDue')}</dt>
                  <dd>
                    {dt(sla.responseDueAt)}
                    <span className="block text-xs text-slate-500">{t('detail.warnAt', { time: dt(sla.responseWarnAt) })}</span>
                  </dd>
                  <dt className="text-slate-600">{t('detail.respondedAt')}</dt>
                  <dd>{sla.respondedAt ? dt(sla.respondedAt) : <span className="text-slate-500">{t('detail.notResponded')}</span>}</dd>
                  <dt className="text-slate-600">{t('detail.resolutionDue')}</dt>
                  <dd>
                    {dt(sla.resolutionDueAt)}
                    <span className="block text-xs text-slate-500">{t('detail.warnAt', { time: dt(sla.resolutionWarnAt) })}</span>
                  </dd>
                </dl>
                {sla.pausedSince ? <p className="text-amber-900">{t('detail.paused', { time: dt(sla.pausedSince) })}</p> : null}
                {sla.pausedMinutes ? <p className="text-xs text-slate-600">{t('detail.pausedTotal', { minutes: sla.pausedMinutes })}</p> : null}
              </div>
            )}
            {ticket.can.changePlan && ticket.plans?.length ? (
              <details className="mt-4">
                <summary className="cursor-pointer text-sm font-medium">{t('detail.changePlan')}</summary>
                <div className="mt-3">
                  <ChangePlanForm key={ticket.version} ticketId={ticket.id} version={ticket.version} plans={ticket.plans} current={sla.planName} />
                </div>
              </details>
            ) : null}
          </Card>

          <Card title={t('detail.stepsTitle')}>
            <StepList steps={ticket.steps} showBy />
          </Card>

          {ticket.can.delete ? (
            <Card>
              <DeleteTicketButton ticketId={ticket.id} number={ticket.number} />
            </Card>
          ) : null}
        </div>
      </div>
    </div>
  );
}
