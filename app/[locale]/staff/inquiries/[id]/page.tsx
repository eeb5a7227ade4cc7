import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { InquiryReplyForm } from '@/components/inquiries/reply-form';
import { InquiryStatusBadge } from '@/components/inquiries/status-badge';
import { InquiryStatusButton } from '@/components/inquiries/status-button';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { formatIdPhone } from '@/lib/format/phone';
import { getInquiry } from '@/lib/inquiries/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('inquiries.staff'))('detailTitle') };
}

export default async function InquiryPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('inquiry.manage');
  const { id } = await params;
  const inq = await getInquiry(id);
  if (!inq) notFound();
  const t = await getTranslations('inquiries');
  const format = await getFormatter();
  return (
    <FlashProvider>
      <PageHeader
        title={t(`topics.${inq.topic as 'other'}`)}
        description={t('staff.fromLine', { name: inq.name, at: format.dateTime(inq.createdAt, 'short') })}
        actions={
          <>
            <InquiryStatusBadge status={inq.status} />
            <InquiryStatusButton inquiryId={inq.id} to={inq.status === 'closed' ? 'open' : 'closed'} />
          </>
        }
      />
      <FlashOutlet />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title={t('staff.thread')}>
            <ol className="space-y-4">
              <li className="rounded-md bg-slate-50 p-4 ring-1 ring-slate-200">
                <p className="text-xs text-slate-500">
                  {inq.name} · <time dateTime={inq.createdAt.toISOString()}>{format.dateTime(inq.createdAt, 'short')}</time>
                </p>
                <p className="mt-2 whitespace-pre-line">{inq.message}</p>
              </li>
              {inq.replies.map((r) => (
                <li key={r.id} className="ml-6 rounded-md bg-brand-50 p-4 ring-1 ring-brand-100">
                  <p className="text-xs text-slate-600">
                    {r.author ?? '—'} · <time dateTime={r.createdAt.toISOString()}>{format.dateTime(r.createdAt, 'short')}</time> · {t(`staff.mail.${(r.mailStatus ?? 'pending') as 'pending'}`)}
                  </p>
                  <p className="mt-2 whitespace-pre-line">{r.body}</p>
                </li>
              ))}
            </ol>
          </Card>
          <Card title={t('staff.reply')}>
            <InquiryReplyForm inquiryId={inq.id} email={inq.email} />
          </Card>
        </div>
        <Card title={t('staff.sender')}>
          <dl className="space-y-2 text-sm">
            <div>
              <dt className="text-slate-500">{t('form.name')}</dt>
              <dd>{inq.name}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t('form.email')}</dt>
              <dd>
                <a href={`mailto:${inq.email}`}>{inq.email}</a>
              </dd>
            </div>
            {inq.phone ? (
              <div>
                <dt className="text-slate-500">{t('form.phone')}</dt>
                <dd>
                  <a href={`tel:${inq.phone}`}>{formatIdPhone(inq.phone)}</a>
                </dd>
              </div>
            ) : null}
            <div>
              <dt className="text-slate-500">{t('staff.customer')}</dt>
              <dd>{inq.customerId ? <Link href={`/staff/customers/${inq.customerId}`}>{inq.customerName}</Link> : t('staff.visitor')}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t('staff.language')}</dt>
              <dd>{inq.locale === 'en' ? 'English' : 'Bahasa Indonesia'}</dd>
            </div>
          </dl>
        </Card>
      </div>
    </FlashProvider>
  );
}
