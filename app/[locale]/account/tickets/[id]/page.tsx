import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Alert, Badge, Card } from '@/components/ui/card';
import { OwnTicketRating } from '@/components/ratings/own-ticket-rating';
import { AddAttachments } from '@/components/tickets/add-attachments';
import { StatusBadge } from '@/components/tickets/badges';
import { CommentForm } from '@/components/tickets/comment-form';
import { TicketActions } from '@/components/tickets/move-forms';
import { AttachmentList, CommentList, Facts, Paragraphs, StepList } from '@/components/tickets/ticket-parts';
import { requireUser } from '@/lib/auth/session';
import { formatIdPhone } from '@/lib/format/phone';
import { ATTACHMENTS_PER_TICKET } from '@/lib/tickets/constants';
import { getMyTicket } from '@/lib/tickets/queries';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const ticket = await getMyTicket(id);
  const t = await getTranslations('tickets.account');
  return { title: ticket ? ticket.number : t('title') };
}

/** A customer's ticket: where it stands, public comments, attachments, reopen and the rating hint. */
export default async function MyTicketPage({ params, searchParams }: Props) {
  await requireUser();
  const { id } = await params;
  const ticket = await getMyTicket(id);
  // Another company's ticket, a deleted one and a made-up id all look the same: 404 (C3).
  if (!ticket) notFound();
  const sp = await searchParams;
  const t = await getTranslations('tickets');
  const format = await getFormatter();
  const locale = await getLocale();
  // Steps the customer cares about; internal hand-overs stay out of their view.
  const steps = ticket.steps.filter((s) => ['created', 'accepted', 'dispatched', 'started', 'resolved', 'closed'].includes(s.key));

  return (
    <div className="space-y-6">
      <div>
        <Link href="/account/tickets" className="text-sm">
          ← {t('account.back')}
        </Link>
        <p className="mt-3 font-mono text-sm text-slate-600">{ticket.number}</p>
        <h1 className="break-words text-2xl font-bold tracking-tight">{ticket.summary}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <StatusBadge status={ticket.status} />
          <Badge>{t(`category.${ticket.category}`)}</Badge>
        </div>
      </div>

      {sp.created ? <Alert tone="success">{t('account.created', { number: ticket.number })}</Alert> : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          {/* Once resolved: the rating form (or the rating given), built by lib/ratings. */}
          <OwnTicketRating ticketId={ticket.id} />
          <Card title={t('account.yourReport')}>
            <Facts
              items={[
                { label: t('detail.createdAt'), value: format.dateTime(ticket.createdAt, 'short') },
                { label: t('detail.priority'), value: t(`priority.${ticket.priority}`) },
                {
                  label: t('detail.reporter'),
                  value: [ticket.reporter.name, ticket.reporter.phone ? formatIdPhone(ticket.reporter.phone) : null].filter(Boolean).join(' · '),
                },
                {
                  label: t('detail.project'),
                  value: ticket.project ? (
                    <>
                      {ticket.project.name}
                      <span className="mt-1 flex flex-wrap gap-1">
                        {ticket.project.inWarranty ? <Badge tone="green">{t('detail.inWarranty')}</Badge> : null}
                        {ticket.project.inContract ? <Badge tone="green">{t('detail.inContract')}</Badge> : null}
                      </span>
                    </>
                  ) : (
                    t('detail.noProject')
                  ),
                },
                { label: t('detail.servicePoint'), value: ticket.servicePointName ?? t('detail.none') },
                { label: t('detail.engineer'), value: ticket.engineerName ?? t('detail.none') },
              ]}
            />
            <div className="mt-4">
              <Paragraphs text={ticket.detail} />
            </div>
            {ticket.resolution ? (
              <div className="mt-4 rounded-md bg-green-50 p-3 ring-1 ring-green-200">
                <h2 className="text-sm font-semibold">{t('detail.resolution')}</h2>
                <Paragraphs text={ticket.resolution} />
              </div>
            ) : null}
          </Card>

          {ticket.canReopen ? (
            <Card title={t('account.reopenTitle')}>
              <p className="mb-3 text-sm text-slate-600">{t('account.reopenHint')}</p>
              <TicketActions ticketId={ticket.id} version={ticket.version} moves={['reopen']} assign={null} dispatch={null} />
            </Card>
          ) : null}

          <Card title={t('detail.commentsTitle')}>
            <div className="space-y-4">
              <CommentList items={ticket.comments} customerView />
              <CommentForm ticketId={ticket.id} allowInternal={false} />
            </div>
          </Card>

          <Card title={t('detail.attachmentsTitle')}>
            <div className="space-y-4">
              <AttachmentList items={ticket.attachments} locale={locale} />
              {ticket.canAttach ? (
                <details>
                  <summary className="cursor-pointer text-sm font-medium">{t('detail.addAttachments')}</summary>
                  <div className="mt-3">
                    <AddAttachments ticketId={ticket.id} room={ATTACHMENTS_PER_TICKET - ticket.attachments.length} />
                  </div>
                </details>
              ) : null}
            </div>
          </Card>
        </div>

        {/* On a phone "where is my ticket?" comes first; on a wide screen it sits on the right. */}
        <div className="order-first min-w-0 space-y-6 lg:order-last">
          <Card title={t('account.progressTitle')}>
            <StepList steps={steps} showBy={false} />
          </Card>
        </div>
      </div>
    </div>
  );
}
