import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { JobCardForm } from '@/components/job-cards/job-card-form';
import { Card, PageHeader } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/button';
import { toLocalInput, zoneLabel } from '@/lib/format/date';
import { getJobCardFormContext } from '@/lib/job-cards/queries';
import { getSettings } from '@/lib/settings/store';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('jobCards');
  return { title: t('title') };
}

/** The engineer's job card, filled in on a phone at the customer's site. */
export default async function JobCardPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getJobCardFormContext((await params).id);
  if (!ctx) notFound();
  const t = await getTranslations('jobCards');
  const format = await getFormatter();
  const { regional } = await getSettings();
  const now = new Date();
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={t('title')}
        description={`${ctx.number} · ${ctx.summary}`}
        actions={
          <Link href={`/staff/tickets/${ctx.id}`} className={buttonClass('secondary', 'sm')}>
            {t('backToTicket')}
          </Link>
        }
      />
      <Card className="mb-4">
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-slate-600">{t('customer')}</dt>
          <dd className="break-words font-medium">{ctx.customerName}</dd>
          <dt className="text-slate-600">{t('address')}</dt>
          <dd className="break-words">{[ctx.customerAddress, ctx.customerCity].filter(Boolean).join(', ') || '—'}</dd>
          <dt className="text-slate-600">{t('reporter')}</dt>
          <dd className="break-words">{ctx.reporterName}</dd>
        </dl>
      </Card>
      {ctx.cards.length ? (
        <Card className="mb-4" title={t('submittedCards')}>
          <ul className="space-y-1 text-sm">
            {ctx.cards.map((c, i) => (
              <li key={c.id}>
                {t('cardN', { n: i + 1 })} · {format.dateTime(c.createdAt, 'short')} · {c.customerName}
              </li>
            ))}
          </ul>
          <Link href={`/print/tickets/${ctx.id}/job-card`} className={`${buttonClass('secondary', 'sm')} mt-3`}>
            {t('openPrint')}
          </Link>
        </Card>
      ) : null}
      <JobCardForm
        ticketId={ctx.id}
        version={ctx.version}
        workable={ctx.workable}
        defaultArrival={toLocalInput(ctx.startedAt ?? now, regional.timeZone)}
        defaultFinish={toLocalInput(now, regional.timeZone)}
        zone={zoneLabel(regional.timeZone)}
      />
    </div>
  );
}
