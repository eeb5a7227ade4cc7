import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { firstParam, type SearchParams } from '@/components/admin/search-params';
import { Badge, PageHeader } from '@/components/ui/card';
import { DataTable, type Column } from '@/components/ui/data-table';
import { SelectField, TextField } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { requirePermission } from '@/lib/auth/session';
import { ROLES } from '@/lib/auth/roles';
import { formatIdPhone } from '@/lib/format/phone';
import { listUsers, type UserRow } from '@/lib/users/queries';
import { InviteUser } from './invite-user';
import { UserRowActions } from './user-row-actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('users');
  return { title: t('title') };
}

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const me = await requirePermission('user.manage');
  const sp = await searchParams;
  const q = firstParam(sp.q);
  // An unknown role in the URL is ignored, as the query would do.
  const role = ROLES.find((r) => r === firstParam(sp.role));
  const data = await listUsers({ q, role, page: firstParam(sp.page) });

  const t = await getTranslations('users');
  const tc = await getTranslations('common');
  const tr = await getTranslations('roles');
  const ts = await getTranslations('userStatus');
  const format = await getFormatter();

  const columns: Column<UserRow>[] = [
    {
      key: 'name',
      header: t('name'),
      rowHeader: true,
      className: 'whitespace-nowrap',
      cell: (u) => (
        <span className="flex items-center gap-1.5">
          {u.name}
          {u.id === me.id ? <Badge tone="blue">{tc('you')}</Badge> : null}
        </span>
      ),
    },
    { key: 'email', header: t('email'), className: 'whitespace-nowrap', cell: (u) => u.email },
    { key: 'phone', header: t('phone'), className: 'whitespace-nowrap', cell: (u) => (u.phone ? formatIdPhone(u.phone) : '—') },
    { key: 'role', header: t('role'), className: 'whitespace-nowrap', cell: (u) => tr(u.role) },
    {
      key: 'status',
      header: t('status'),
      className: 'whitespace-nowrap',
      cell: (u) =>
        u.status === 'disabled' ? (
          <Badge tone="red">{ts('disabled')}</Badge>
        ) : !u.activated ? (
          <Badge tone="amber">{t('pending')}</Badge>
        ) : (
          <Badge tone="green">{ts('active')}</Badge>
        ),
    },
    {
      key: 'lastLogin',
      header: t('lastLogin'),
      className: 'whitespace-nowrap',
      cell: (u) => (u.lastLoginAt ? format.dateTime(u.lastLoginAt, 'short') : <span className="text-slate-500">{t('never')}</span>),
    },
    {
      key: 'actions',
      header: tc('actions'),
      cell: (u) =>
        // The server refuses changes to one's own account too; the UI just does not offer them.
        u.id === me.id ? (
          <span className="block max-w-56 text-xs text-slate-500">{t('selfHint')}</span>
        ) : (
          <UserRowActions user={{ id: u.id, name: u.name, role: u.role, status: u.status, activated: u.activated }} />
        ),
    },
  ];

  return (
    <FlashProvider>
      <PageHeader title={t('title')} actions={<InviteUser />} />
      <FlashOutlet />
      {/* keyed by the applied filters: "Reset" and back/forward must also reset the uncontrolled fields */}
      <FilterForm key={`${q ?? ''}|${role ?? ''}`} action="/staff/users" label={t('searchLabel')} active={!!(q || role)}>
        <div className="w-full sm:w-72">
          <TextField label={tc('search')} type="search" name="q" defaultValue={q ?? ''} placeholder={t('searchPlaceholder')} maxLength={100} />
        </div>
        <div className="w-full sm:w-52">
          <SelectField label={t('role')} name="role" defaultValue={role ?? ''}>
            <option value="">{t('allRoles')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </SelectField>
        </div>
      </FilterForm>
      <DataTable caption={t('caption')} columns={columns} rows={data.items} rowKey={(u) => u.id} empty={t('empty')} />
      <Pagination page={data.page} pages={data.pages} total={data.total} basePath="/staff/users" params={{ q, role: role }} />
    </FlashProvider>
  );
}
