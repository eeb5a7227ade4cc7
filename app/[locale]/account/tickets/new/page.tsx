import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { CustomerTicketForm } from '@/components/tickets/customer-ticket-form';
import { requireUser } from '@/lib/auth/session';
import { getMyPhone, listMyProjects } from '@/lib/tickets/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('tickets.account');
  return { title: t('newTitle') };
}

export default async function NewMyTicketPage() {
  await requireUser();
  const [projects, phone] = await Promise.all([listMyProjects(), getMyPhone()]);
  const t = await getTranslations('tickets.account');
  return (
    <>
      <PageHeader
        title={t('newTitle')}
        description={t('newDescription')}
        actions={
          <Link href="/account/tickets" className={buttonClass('secondary')}>
            {t('back')}
          </Link>
        }
      />
      <Card>
        {/* Server-issued key: a double submit (or a retry after a lost reply) opens one ticket (C22). */}
        <CustomerTicketForm idempotencyKey={randomUUID()} projects={projects} phone={phone} />
      </Card>
    </>
  );
}
