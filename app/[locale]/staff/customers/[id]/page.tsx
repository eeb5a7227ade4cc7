import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTimeZone, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { CustomerActions } from '@/components/customers/customer-actions';
import { InviteContact } from '@/components/customers/invite-contact';
import { DeleteProjectButton, ResendContactInvite } from '@/components/customers/row-actions';
import { buttonClass } from '@/components/ui/button';
import { Badge, Card, EmptyState, PageHeader } from '@/components/ui/card';
import { DataTable, type Column } from '@/components/ui/data-table';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { getCustomer360, type Customer360 } from '@/lib/customers/queries';
import { formatIdPhone } from '@/lib/format/phone';
import { contractEnd, inContract, inWarranty, toDay, warrantyEnd } from '@/lib/projects/dates';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('customers');
  return { title: t('detailTitle') };
}

type Contact = Customer360['contacts'][number];
type TicketRow = Customer360['tickets'][number];
type MessageRow = Customer360['messages'][number];

function Detail({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'sm:col-span-2 lg:col-span-3' : undefined}>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm break-words whitespace-pre-line text-slate-900">{children}</dd>
    </div>
  );
}

export default async function CustomerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const me = await requirePermission('customer.read');
  const { id } = await params;
  const data = await getCustomer360(id);
  if (!data) notFound();
  const sp = await searchParams;
  const { customer: c } = data;
  const t = await getTranslations('customers');
  const tp = await getTranslations('projects');
  const tc = await getTranslations('common');
  const format = await getFormatter();
  const timeZone = await getTimeZone();
  const canManage = can(me.role, 'customer.manage');
  const canOutbox = can(me.role, 'outbox.read');
  const archived = !!c.archivedAt;
  const today = toDay(new Date(), timeZone);
  const none = <span className="text-slate-500">—</span>;
  // Dates without time are shown as the calendar day they are, whatever the zone.
  const day = (d: string | null) => (d ? format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' }) : null);
  const range = (a: string | null, b: string | null) => (a || b ? `${day(a) ?? '…'} – ${day(b) ?? '…'}` : null);

  const flash = firstParam(sp.saved) ? t('saved') : firstParam(sp.project) ? tp('saved') : null;

  const contactColumns: Column<Contact>[] = [
    { key: 'name', header: t('contactName'), rowHeader: true, cell: (u) => u.name },
    { key: 'email', header: t('email'), cell: (u) => <span className="break-all">{u.email}</span> },
    { key: 'phone', header: t('phone'), className: 'whitespace-nowrap', cell: (u) => (u.phone ? formatIdPhone(u.phone) : '—') },
    {
      key: 'status',
      header: tc('status'),
      className: 'whitespace-nowrap',
      cell: (u) =>
        u.status === 'disabled' ? (
          <Badge tone="red">{t('contactStatus.disabled')}</Badge>
        ) : u.activated ? (
          <Badge tone="green">{t('contactStatus.active')}</Badge>
        ) : (
          <Badge tone="amber">{t('contactStatus.pending')}</Badge>
        ),
    },
    {
      key: 'lastLogin',
      header: t('lastLogin'),
      className: 'whitespace-nowrap',
      cell: (u) => (u.lastLoginAt ? format.dateTime(u.lastLoginAt, 'short') : <span className="text-slate-500">{t('never')}</span>),
    },
    ...(canManage
      ? [
          {
            key: 'actions',
            header: tc('actions'),
            cell: (u: Contact) => (!u.activated && u.status === 'active' ? <ResendContactInvite customerId={c.id} userId={u.id} name={u.name} /> : null),
          },
        ]
      : []),
  ];

  const ticketColumns: Column<TicketRow>[] = [
    {
      key: 'number',
      header: t('ticketNumber'),
      rowHeader: true,
      className: 'whitespace-nowrap',
      cell: (tk) => (
        <Link href={`/staff/tickets/${tk.id}`} className="font-mono">
          {tk.number}
        </Link>
      ),
    },
    { key: 'status', header: tc('status'), className: 'whitespace-nowrap', cell: (tk) => <Badge tone="blue">{t(`ticketStatus.${tk.status}`)}</Badge> },
    { key: 'summary', header: t('ticketSummary'), cell: (tk) => tk.summary },
    { key: 'created', header: tc('createdAt'), className: 'whitespace-nowrap', cell: (tk) => format.dateTime(tk.createdAt, 'short') },
  ];

  const templateLabel = (key: string) => (t.has(`templates.${key}` as never) ? t(`templates.${key}` as never) : key);
  const messageColumns: Column<MessageRow>[] = [
    {
      key: 'created',
      header: t('messageDate'),
      rowHeader: true,
      className: 'whitespace-nowrap',
      cell: (m) =>
        canOutbox ? (
          <Link href={`/staff/outbox/${m.id}`} aria-label={t('openMessage', { recipient: m.recipient })}>
            {format.dateTime(m.createdAt, 'short')}
          </Link>
        ) : (
          format.dateTime(m.createdAt, 'short')
        ),
    },
    { key: 'recipient', header: t('messageRecipient'), cell: (m) => <span className="break-all">{m.recipient}</span> },
    { key: 'template', header: t('messageKind'), cell: (m) => `${templateLabel(m.template)} · ${t(`channels.${m.channel}`)}` },
    {
      key: 'status',
      header: tc('status'),
      className: 'whitespace-nowrap',
      cell: (m) => <Badge tone={m.status === 'sent' ? 'green' : m.status === 'dead' ? 'red' : 'amber'}>{t(`messageStatus.${m.status}`)}</Badge>,
    },
  ];

  return (
    <FlashProvider initial={flash ? { tone: 'success', text: flash } : null}>
      <PageHeader
        title={c.name}
        description={
          <span className="flex flex-wrap items-center gap-1.5">
            <Badge tone="blue">{t(`types.${c.type}`)}</Badge>
            {c.slaPlanName ? <Badge tone="slate">{t('planBadge', { plan: c.slaPlanName })}</Badge> : null}
            {archived ? <Badge tone="amber">{t('archivedBadge')}</Badge> : null}
          </span>
        }
        actions={
          canManage ? (
            <>
              <Link href={`/staff/customers/${c.id}/edit`} className={buttonClass('primary')}>
                {tc('edit')}
              </Link>
              <CustomerActions id={c.id} name={c.name} archived={archived} deletable={data.deletable} />
            </>
          ) : null
        }
      />
      <FlashOutlet />
      <p className="mb-4 text-sm">
        <Link href="/staff/customers">← {t('backToList')}</Link>
      </p>

      <div className="space-y-6">
        <Card title={t('details')}>
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
            <Detail label={t('email')}>{c.email ?? none}</Detail>
            <Detail label={t('phone')}>{c.phone ? formatIdPhone(c.phone) : none}</Detail>
            <Detail label={t('address')}>{c.address ?? none}</Detail>
            <Detail label={t('city')}>{c.city ?? none}</Detail>
            <Detail label={t('region')}>{c.region ?? none}</Detail>
            <Detail label={t('personInCharge')}>{c.personInCharge ?? none}</Detail>
            <Detail label={t('salesperson')}>{c.salesperson ?? none}</Detail>
            <Detail label={t('slaPlan')}>{c.slaPlanName ?? t('noPlan')}</Detail>
            <Detail label={t('productsUsed')} wide>
              {c.productsUsed ?? none}
            </Detail>
            <Detail label={t('tags')}>
              {c.tags.length ? (
                <span className="flex flex-wrap gap-1">
                  {c.tags.map((tag) => (
                    <Badge key={tag}>{tag}</Badge>
                  ))}
                </span>
              ) : (
                none
              )}
            </Detail>
            <Detail label={t('notes')} wide>
              {c.notes ?? none}
            </Detail>
            <Detail label={tc('createdAt')}>{format.dateTime(c.createdAt, 'short')}</Detail>
            {archived ? <Detail label={t('archivedAt')}>{format.dateTime(c.archivedAt!, 'short')}</Detail> : null}
          </dl>
        </Card>

        <Card title={t('contacts')} actions={canManage && !archived ? <InviteContact customerId={c.id} customerName={c.name} /> : null}>
          <DataTable caption={t('contactsCaption', { name: c.name })} columns={contactColumns} rows={data.contacts} rowKey={(u) => u.id} empty={t('noContacts')} />
        </Card>

        <section id="projects" aria-labelledby="projects-title" className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <div className="mb-3 flex items-center justify-between gap-2">
            <h2 id="projects-title" className="text-base font-semibold">
              {tp('title')}
            </h2>
            {canManage && !archived ? (
              <Link href={`/staff/customers/${c.id}/projects/new`} className={buttonClass('primary', 'sm')}>
                {tp('new')}
              </Link>
            ) : null}
          </div>
          {data.projects.length ? (
            <ul className="space-y-3">
              {data.projects.map((p) => {
                const wEnd = warrantyEnd(p);
                const cEnd = contractEnd(p);
                const warranty = inWarranty(p, today);
                const contract = inContract(p, today);
                return (
                  <li key={p.id} className="rounded-md p-4 ring-1 ring-slate-200">
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <div>
                        <h3 className="font-semibold">{p.name}</h3>
                        <div className="mt-1 flex flex-wrap gap-1.5">
                          {wEnd ? warranty ? <Badge tone="green">{tp('inWarranty')}</Badge> : <Badge tone="slate">{tp('outOfWarranty')}</Badge> : null}
                          {cEnd ? contract ? <Badge tone="green">{tp('inContract')}</Badge> : <Badge tone="slate">{tp('outOfContract')}</Badge> : null}
                          {p.slaPlanName ? <Badge tone="blue">{t('planBadge', { plan: p.slaPlanName })}</Badge> : null}
                        </div>
                      </div>
                      {canManage ? (
                        <div className="flex flex-wrap gap-2">
                          <Link href={`/staff/customers/${c.id}/projects/${p.id}`} className={buttonClass('secondary', 'sm')} aria-label={tp('editNamed', { name: p.name })}>
                            {tc('edit')}
                          </Link>
                          <DeleteProjectButton id={p.id} name={p.name} />
                        </div>
                      ) : null}
                    </div>
                    <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
                      {(
                        [
                          [tp('phases.delivery'), range(p.deliveryBegin, p.deliveryEnd)],
                          [tp('phases.installation'), range(p.installationBegin, p.installationEnd)],
                          [tp('phases.uat'), range(p.uatBegin, p.uatEnd)],
                          [tp('billingStart'), day(p.billingStart)],
                          [tp('billingDue'), day(p.billingDue)],
                          [tp('warrantyEnd'), wEnd ? tp('endWithMonths', { date: day(wEnd)!, months: p.warrantyMonths }) : null],
                          [tp('contractEnd'), cEnd ? tp('contractRange', { start: day(p.contractStart)!, end: day(cEnd)!, months: p.contractMonths }) : null],
                        ] as const
                      ).map(([label, value]) => (
                        <div key={label} className="flex gap-2">
                          <dt className="min-w-28 text-slate-600">{label}</dt>
                          <dd className="text-slate-900">{value ?? none}</dd>
                        </div>
                      ))}
                    </dl>
                  </li>
                );
              })}
            </ul>
          ) : (
            <EmptyState>{tp('empty')}</EmptyState>
          )}
        </section>

        <Card title={t('tickets')}>
          <DataTable caption={t('ticketsCaption', { name: c.name })} columns={ticketColumns} rows={data.tickets} rowKey={(tk) => tk.id} empty={t('noTickets')} />
        </Card>

        <Card title={t('messages')}>
          <p className="mb-3 text-sm text-slate-600">{t('messagesHint')}</p>
          <DataTable caption={t('messagesCaption', { name: c.name })} columns={messageColumns} rows={data.messages} rowKey={(m) => m.id} empty={t('noMessages')} />
        </Card>
      </div>
    </FlashProvider>
  );
}
