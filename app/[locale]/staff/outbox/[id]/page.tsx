import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { LinkifiedText } from '@/components/admin/linkified-text';
import { Alert, Card, PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { getOutboxMessage } from '@/lib/outbox-admin/queries';
import { DevTransportBanner } from '../dev-transport-banner';
import { RetryButton } from '../retry-button';
import { OutboxStatusBadge } from '../status-badge';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('outbox');
  return { title: t('detailTitle') };
}

function Row({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[10rem_1fr] sm:gap-3">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="min-w-0 break-words text-sm text-slate-900">{children}</dd>
    </div>
  );
}

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('outbox.read');
  const { id } = await params;
  const m = await getOutboxMessage(id); // null for a malformed or unknown id
  if (!m) notFound();
  const t = await getTranslations('outbox');
  const tc = await getTranslations('common');
  const format = await getFormatter();

  return (
    <FlashProvider>
      <PageHeader
        title={m.rendered?.subject ?? t('detailTitle')}
        description={
          <Link href="/staff/outbox">
            <span aria-hidden>← </span>
            {t('backToList')}
          </Link>
        }
        actions={m.status === 'dead' ? <RetryButton id={m.id} /> : null}
      />
      <FlashOutlet />
      <DevTransportBanner />
      <div className="space-y-6">
        <Card title={t('detailTitle')}>
          <dl className="divide-y divide-slate-100">
            <Row label={t('subject')}>{m.rendered?.subject ?? '—'}</Row>
            <Row label={t('recipient')}>{m.recipient}</Row>
            <Row label={tc('status')}>
              <OutboxStatusBadge status={m.status} />
            </Row>
            <Row label={t('channel')}>{t(`channels.${m.channel}`)}</Row>
            <Row label={t('template')}>
              <code className="text-xs">{m.template}</code>
            </Row>
            <Row label={tc('createdAt')}>{format.dateTime(m.createdAt, 'short')}</Row>
            <Row label={t('sentAt')}>{m.sentAt ? format.dateTime(m.sentAt, 'short') : '—'}</Row>
            <Row label={t('attempts')}>{m.attempts}</Row>
            <Row label={t('provider')}>{m.providerId ? <code className="break-all text-xs">{m.providerId}</code> : '—'}</Row>
            {m.lastError ? (
              <Row label={t('error')}>
                <span className="text-red-800">{m.lastError}</span>
              </Row>
            ) : null}
          </dl>
        </Card>
        {m.rendered ? (
          <>
            <Card title={t('textVersion')}>
              <p className="mb-2 text-xs text-slate-500">{t('textHint')}</p>
              <pre className="overflow-x-auto whitespace-pre-wrap break-words rounded-md bg-slate-50 p-3 font-mono text-sm ring-1 ring-slate-200">
                <LinkifiedText text={m.rendered.text} />
              </pre>
            </Card>
            <Card title={t('htmlVersion')}>
              {/* sandbox="" : no scripts, no forms, no navigation, a unique origin. srcdoc needs no frame-src. */}
              <iframe
                sandbox=""
                srcDoc={m.rendered.html}
                title={t('htmlPreviewTitle', { subject: m.rendered.subject })}
                className="h-[40rem] w-full rounded-md bg-white ring-1 ring-slate-200"
              />
            </Card>
          </>
        ) : (
          <Alert tone="info">{t('noPreview')}</Alert>
        )}
      </div>
    </FlashProvider>
  );
}
