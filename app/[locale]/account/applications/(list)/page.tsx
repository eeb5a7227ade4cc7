import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ApplicationStatusBadge } from '@/components/isp/application-badges';
import { buttonClass } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/session';
import { listMyApplications } from '@/lib/isp/applications/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('isp.applications.account');
  return { title: t('title') };
}

/** The customer's internet applications as cards, newest first (a handful per customer). */
export default async function MyApplicationsPage() {
  await requireUser();
  const items = await listMyApplications();
  const t = await getTranslations('isp.applications');
  const format = await getFormatter();
  return (
    <>
      <PageHeader
        title={t('account.title')}
        description={t('account.description')}
        actions={
          <Link href="/account/applications/new" className={buttonClass('primary')}>
            {t('account.new')}
          </Link>
        }
      />
      {items.length ? (
        <ul aria-label={t('account.title')} className="space-y-3">
          {items.map((r) => (
            <li key={r.id}>
              <Link href={`/account/applications/${r.id}`} className="block rounded-lg bg-white p-4 no-underline shadow-sm ring-1 ring-slate-200 hover:ring-brand-700">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-mono text-sm text-slate-600">{r.number}</span>
                  <ApplicationStatusBadge status={r.status} />
                </div>
                <p className="mt-1 font-medium text-slate-900">{r.planName}</p>
                <p className="mt-1 text-xs text-slate-600">
                  {r.areaLabel} · {t('account.submittedAt', { when: format.dateTime(r.createdAt, 'short') })}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>
          {t('account.empty')}{' '}
          <Link href="/coverage">{t('account.checkCoverage')}</Link>
        </EmptyState>
      )}
    </>
  );
}
