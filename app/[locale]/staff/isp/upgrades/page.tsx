import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FlashOutlet, FlashProvider } from '@/components/admin/flash';
import { DeleteRuleButton } from '@/components/isp-ops/delete-rule-button';
import { buttonClass } from '@/components/ui/button';
import { Badge, PageHeader } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { requirePermission } from '@/lib/auth/session';
import { listPlanOptions } from '@/lib/isp/subscriptions/queries';
import { listRules } from '@/lib/isp/upgrades/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ispOps.upgrades');
  return { title: t('title') };
}

/** Upgrade rules (seed 004 "penambahan bandwidth bagi pelanggan lama"): support applies them; admin edits. */
export default async function UpgradeRulesPage() {
  await requirePermission('signup.review');
  const [{ rules, canEdit, openRequests }, plans] = await Promise.all([listRules(), listPlanOptions()]);
  const t = await getTranslations('ispOps.upgrades');
  const format = await getFormatter();
  const planName = new Map(plans.map((p) => [p.id, p.name]));
  const date = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <FlashProvider>
      <PageHeader
        title={t('title')}
        description={t('subtitle')}
        actions={
          <>
            <Link href="/staff/isp/upgrades/requests" className={buttonClass('secondary')}>
              {t('requestsLink', { count: openRequests })}
            </Link>
            {canEdit ? (
              <Link href="/staff/isp/upgrades/new" className={buttonClass('primary')}>
                {t('newRule')}
              </Link>
            ) : null}
          </>
        }
      />
      <FlashOutlet />
      <DataTable
        caption={t('rulesCaption')}
        rows={rules}
        rowKey={(r) => r.id}
        empty={t('noRules')}
        columns={[
          {
            key: 'name',
            header: t('name'),
            rowHeader: true,
            cell: (r) => (
              <span className="flex flex-wrap items-center gap-1.5">
                <Link href={`/staff/isp/upgrades/${r.id}`} className="font-medium">
                  {r.name}
                </Link>
                {r.automatic ? <Badge tone="blue">{t('automatic')}</Badge> : null}
                {!r.active ? (
                  <Badge tone="slate">{t('inactive')}</Badge>
                ) : r.open ? (
                  <Badge tone="green">{t('openNow')}</Badge>
                ) : (
                  <Badge tone="amber">{t('outsideWindow')}</Badge>
                )}
              </span>
            ),
          },
          {
            key: 'tenure',
            header: t('minTenureShort'),
            className: 'whitespace-nowrap',
            cell: (r) => t('monthsValue', { months: r.minTenureMonths }),
          },
          {
            key: 'plans',
            header: t('plans'),
            cell: (r) => (r.planIds.length ? r.planIds.map((id) => planName.get(id) ?? '?').join(', ') : t('allPlans')),
          },
          {
            key: 'extra',
            header: t('extra'),
            className: 'whitespace-nowrap',
            cell: (r) => t('extraFor', { extra: r.extraMbps, months: r.durationMonths }),
          },
          { key: 'window', header: t('offer'), className: 'whitespace-nowrap', cell: (r) => `${date(r.offerStart)} – ${date(r.offerEnd)}` },
          {
            key: 'given',
            header: t('given'),
            className: 'whitespace-nowrap tabular-nums',
            cell: (r) => t('givenValue', { running: r.running, total: r.total }),
          },
          {
            key: 'actions',
            header: t('actions'),
            cell: (r) => (
              <div className="flex flex-wrap gap-2">
                <Link href={`/staff/isp/upgrades/${r.id}`} className={buttonClass('secondary', 'sm')}>
                  {t('eligible')}
                </Link>
                {canEdit ? (
                  <>
                    <Link
                      href={`/staff/isp/upgrades/${r.id}/edit`}
                      className={buttonClass('ghost', 'sm')}
                      aria-label={t('editFor', { name: r.name })}
                    >
                      {t('edit')}
                    </Link>
                    {r.total === 0 ? <DeleteRuleButton ruleId={r.id} name={r.name} /> : null}
                  </>
                ) : null}
              </div>
            ),
          },
        ]}
      />
    </FlashProvider>
  );
}
