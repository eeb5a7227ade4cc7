import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { PageHeader } from '@/components/ui/card';
import { DataTable, type Column } from '@/components/ui/data-table';
import { SelectField, TextField } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { requirePermission } from '@/lib/auth/session';
import { OUTBOX_STATUSES } from '@/lib/jobs/constants';
import { listOutbox } from '@/lib/outbox-admin/queries';
import { DevTransportBanner } from '../dev-transport-banner';
import { OutboxStatusLabel } from '../status-badge';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('outbox');
  return { title: t('title') };
}

type Row = Awaited<ReturnType<typeof listOutbox>>['items'][number];

export default async function OutboxPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission('outbox.read');
  const sp = await searchParams;
  const q = firstParam(sp.q);
  // An unknown status in the URL is ignored, as the query would do.
  const status = OUTBOX_STATUSES.find((s) => s === firstParam(sp.status));
  const data = await listOutbox({ q, status, page: firstParam(sp.page) });
  const t = await getTranslations('outbox');
  const tc = await getTranslations('common');
  const format = await getFormatter();

  const columns: Column<Row>[] = [
    {
      key: 'createdAt',
      header: tc('createdAt'),
      rowHeader: true,
      className: 'whitespace-nowrap',
      cell: (m) => (
        <Link href={`/staff/outbox/${m.id}`} aria-label={t('openMessage', { recipient: m.recipient, date: format.dateTime(m.createdAt, 'short') })}>
          {format.dateTime(m.createdAt, 'short')}
        </Link>
      ),
    },
    { key: 'recipient', header: t('recipient'), className: 'whitespace-nowrap', cell: (m) => m.recipient },
    { key: 'template', header: t('template'), cell: (m) => <code className="text-xs">{m.template}</code> },
    { key: 'channel', header: t('channel'), cell: (m) => t(`channels.${m.channel}`) },
    { key: 'status', header: tc('status'), cell: (m) => <OutboxStatusLabel status={m.status} label={t(`statuses.${m.status}`)} /> },
    { key: 'attempts', header: t('attempts'), className: 'text-right tabular-nums', cell: (m) => m.attempts },
    { key: 'provider', header: t('provider'), cell: (m) => (m.providerId ? <code className="break-all text-xs">{m.providerId}</code> : '—') },
    {
      key: 'error',
      header: t('error'),
      cell: (m) =>
        m.lastError ? (
          <span className="line-clamp-2 max-w-xs break-words text-xs text-red-800" title={m.lastError}>
            {m.lastError}
          </span>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('title')} description={t('subtitle')} />
      <DevTransportBanner />
      {/* keyed by the applied filters: "Reset" and back/forward must also reset the uncontrolled fields */}
      <FilterForm key={`${q ?? ''}|${status ?? ''}`} action="/staff/outbox" label={t('searchLabel')} active={!!(q || status)}>
        <div className="w-full sm:w-72">
          <TextField label={t('recipient')} type="search" name="q" defaultValue={q ?? ''} placeholder={t('searchPlaceholder')} maxLength={254} />
        </div>
        <div className="w-full sm:w-52">
          <SelectField label={tc('status')} name="status" defaultValue={status ?? ''}>
            <option value="">{t('allStatuses')}</option>
            {OUTBOX_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </FilterForm>
      <DataTable caption={t('caption')} columns={columns} rows={data.items} rowKey={(m) => m.id} empty={t('empty')} />
      <Pagination page={data.page} pages={data.pages} total={data.total} basePath="/staff/outbox" params={{ q, status }} />
    </>
  );
}
