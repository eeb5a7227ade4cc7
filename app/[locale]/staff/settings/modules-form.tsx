'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { prefill } from '@/components/admin/prefill';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { saveModules } from '@/lib/settings/actions';
import { MODULES, modulesSchema, type ModuleSettings } from '@/lib/settings/schemas';

export function ModulesForm({ modules, labelId }: { modules: ModuleSettings; labelId: string }) {
  const t = useTranslations('settings');
  const tc = useTranslations('common');
  const router = useRouter();
  const { form, onSubmit, pending, message } = useActionForm(modulesSchema, saveModules, {
    defaultValues: modules,
    successMessage: t('saved'),
    // The shell (company name, sidebar modules, time zone) renders settings too.
    onSuccess: () => router.refresh(),
  });
  const check = prefill(form, modules).check;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={labelId} className="space-y-4">
      <FormMessage message={message} />
      <fieldset>
        <legend className="text-sm text-slate-600">{t('modulesHint')}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {MODULES.map((m) => (
            <label key={m} className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm ring-1 ring-slate-200">
              <input type="checkbox" className="size-4 accent-brand-700" {...check(m)} />
              {t(`moduleNames.${m}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" pending={pending}>
        {pending ? tc('saving') : tc('save')}
      </Button>
    </form>
  );
}
