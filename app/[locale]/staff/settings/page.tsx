import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { getSettingsForAdmin } from '@/lib/settings/queries';
import { CompanyForm } from './company-form';
import { HoursForm } from './hours-form';
import { ModulesForm } from './modules-form';
import { RegionalForm } from './regional-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('settings');
  return { title: t('title') };
}

/** Four independent forms: saving one section never resubmits (or overwrites) another. */
export default async function SettingsPage() {
  await requirePermission('settings.manage');
  const s = await getSettingsForAdmin();
  const t = await getTranslations('settings');
  const heading = (id: string, text: string) => <span id={id}>{text}</span>;
  return (
    <>
      <PageHeader title={t('title')} />
      <div className="grid gap-6 2xl:grid-cols-2">
        <Card title={heading('settings-company', t('company'))} className="2xl:col-span-2">
          <CompanyForm company={s.company} labelId="settings-company" />
        </Card>
        <Card title={heading('settings-hours', t('hours'))}>
          <HoursForm hours={s.hours} labelId="settings-hours" />
        </Card>
        <Card title={heading('settings-regional', t('regional'))}>
          <RegionalForm regional={s.regional} labelId="settings-regional" />
        </Card>
        <Card title={heading('settings-modules', t('modules'))} className="2xl:col-span-2">
          <ModulesForm modules={s.modules} labelId="settings-modules" />
        </Card>
      </div>
    </>
  );
}
