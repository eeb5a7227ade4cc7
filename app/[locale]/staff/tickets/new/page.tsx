import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Form from 'next/form';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { buttonClass } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { TextField } from '@/components/ui/field';
import { StaffTicketForm } from '@/components/tickets/staff-ticket-form';
import { requirePermission } from '@/lib/auth/session';
import { formatIdPhone } from '@/lib/format/phone';
import { getCustomerForNewTicket, searchCustomersForTicket } from '@/lib/tickets/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('tickets.new');
  return { title: t('title') };
}

/**
 * Helpdesk opens a ticket on a customer's behalf. Step 1 finds the customer (a GET search, so it
 * works without JavaScript and the back button); step 2 is the ticket form for the chosen one.
 */
export default async function NewStaffTicketPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission('ticket.assign');
  const sp = await searchParams;
  const q = firstParam(sp.cq);
  const customer = await getCustomerForNewTicket(firstParam(sp.customer));
  const results = customer ? [] : await searchCustomersForTicket(q);
  const t = await getTranslations('tickets');

  return (
    <>
      <PageHeader
        title={t('new.title')}
        description={t('new.description')}
        actions={
          <Link href="/staff/tickets" className={buttonClass('secondary')}>
            {t('detail.back')}
          </Link>
        }
      />
      {customer ? (
        <div className="space-y-6">
          <Card
            title={t('new.customerLabel')}
            actions={
              <Link href={`/staff/tickets/new?cq=${encodeURIComponent(customer.name)}`} className={buttonClass('ghost', 'sm')}>
                {t('new.change')}
              </Link>
            }
          >
            <p className="font-medium">{customer.name}</p>
            <p className="text-sm text-slate-600">{[customer.city, customer.phone ? formatIdPhone(customer.phone) : null, customer.email].filter(Boolean).join(' · ')}</p>
          </Card>
          <Card>
            {/* Server-issued key: a double submit (or a retry after a lost reply) opens one ticket (C22). */}
            <StaffTicketForm idempotencyKey={randomUUID()} customer={customer} />
          </Card>
        </div>
      ) : (
        <Card title={t('new.pickCustomer')}>
          <Form action="/staff/tickets/new" role="search" aria-label={t('new.customerSearch')} className="mb-4 flex flex-wrap items-end gap-3">
            <div className="w-full sm:w-96">
              <TextField label={t('new.customerSearch')} type="search" name="cq" defaultValue={q ?? ''} placeholder={t('new.customerSearchPlaceholder')} maxLength={100} autoFocus />
            </div>
            <button type="submit" className={buttonClass('secondary')}>
              {t('new.searchCustomers')}
            </button>
          </Form>
          {!q ? (
            <p className="text-sm text-slate-600">{t('new.typeToSearch')}</p>
          ) : results.length ? (
            <ul className="divide-y divide-slate-100">
              {results.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <div className="min-w-0">
                    <p className="font-medium">{c.name}</p>
                    <p className="text-xs text-slate-600">{[c.city, c.phone ? formatIdPhone(c.phone) : null, c.email].filter(Boolean).join(' · ')}</p>
                  </div>
                  <Link href={`/staff/tickets/new?customer=${c.id}`} className={buttonClass('secondary', 'sm')} aria-label={t('new.choose', { name: c.name })}>
                    {t('new.pickCustomer')}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>{t('new.noCustomers')}</EmptyState>
          )}
        </Card>
      )}
    </>
  );
}
