import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { Badge, Card, PageHeader } from '@/components/ui/card';
import { DataTable, type Column } from '@/components/ui/data-table';
import { requirePermission } from '@/lib/auth/session';
import { formatIdPhone } from '@/lib/format/phone';
import { getServicePoint, listAssignableStaff, listServicePointStaff, type ServicePointStaffRow } from '@/lib/service-points/queries';
import { ServicePointForm } from '../service-point-form';
import { AssignStaff, DeleteServicePointButton, RemoveStaffButton } from '../staff-actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('servicePoints');
  return { title: t('editTitle') };
}

export default async function ServicePointPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  await requirePermission('servicepoint.manage');
  const { id } = await params;
  const point = await getServicePoint(id);
  if (!point) notFound();
  const [staff, candidates] = await Promise.all([listServicePointStaff(point.id), listAssignableStaff(point.id)]);
  const sp = await searchParams;
  const t = await getTranslations('servicePoints');
  const te = await getTranslations('engineers');
  const tr = await getTranslations('roles');
  const tc = await getTranslations('common');

  const columns: Column<ServicePointStaffRow>[] = [
    {
      key: 'name',
      header: te('name'),
      rowHeader: true,
      cell: (u) => (
        <span className="flex flex-wrap items-center gap-1.5">
          {u.name}
          {u.status === 'disabled' ? <Badge tone="red">{te('disabled')}</Badge> : null}
        </span>
      ),
    },
    { key: 'role', header: te('role'), className: 'whitespace-nowrap', cell: (u) => tr(u.role) },
    { key: 'email', header: te('email'), cell: (u) => <span className="break-all">{u.email}</span> },
    { key: 'phone', header: te('phone'), className: 'whitespace-nowrap', cell: (u) => (u.phone ? formatIdPhone(u.phone) : '—') },
    {
      key: 'available',
      header: te('availability'),
      className: 'whitespace-nowrap',
      cell: (u) =>
        u.role === 'engineer' ? u.available ? <Badge tone="green">{te('available')}</Badge> : <Badge tone="amber">{te('unavailable')}</Badge> : '—',
    },
    { key: 'actions', header: tc('actions'), cell: (u) => <RemoveStaffButton servicePointId={point.id} userId={u.id} name={u.name} /> },
  ];

  return (
    <FlashProvider initial={firstParam(sp.created) ? { tone: 'success', text: t('created') } : null}>
      <PageHeader
        title={point.name}
        description={point.active ? <Badge tone="green">{t('activeBadge')}</Badge> : <Badge tone="slate">{t('inactiveBadge')}</Badge>}
        actions={<DeleteServicePointButton id={point.id} name={point.name} />}
      />
      <FlashOutlet />
      <p className="mb-4 text-sm">
        <Link href="/staff/service-points">← {t('backToList')}</Link>
      </p>
      <div className="grid gap-6 2xl:grid-cols-2">
        <Card title={t('details')}>
          <ServicePointForm
            initial={{
              id: point.id,
              name: point.name,
              address: point.address ?? '',
              region: point.region ?? '',
              phone: point.phone ?? '',
              cities: point.cities.join('\n'),
              active: point.active,
            }}
          />
        </Card>
        <Card title={te('title')}>
          <p className="mb-3 text-sm text-slate-600">{te('hint')}</p>
          <DataTable caption={te('caption', { point: point.name })} columns={columns} rows={staff} rowKey={(u) => u.id} empty={te('empty')} />
          <div className="mt-4 border-t border-slate-100 pt-4">
            {point.active ? (
              <AssignStaff
                servicePointId={point.id}
                candidates={candidates.map((c) => ({
                  id: c.id,
                  label: `${c.name} · ${tr(c.role)}${c.currentPoint ? ` · ${te('currentlyIn', { point: c.currentPoint })}` : ` · ${te('noPoint')}`}`,
                }))}
              />
            ) : (
              <p className="text-sm text-slate-600">{te('inactivePoint')}</p>
            )}
          </div>
        </Card>
      </div>
    </FlashProvider>
  );
}
