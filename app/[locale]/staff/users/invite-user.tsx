'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useFlash } from '@/components/admin/flash';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextField } from '@/components/ui/field';
import { ROLES } from '@/lib/auth/roles';
import { LOCALES } from '@/lib/i18n/config';
import { inviteUserAction } from '@/lib/users/actions';
import { inviteUserSchema } from '@/lib/users/schemas';

export function InviteUser() {
  const t = useTranslations('users');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('invite')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('inviteTitle')} description={t('inviteBody')}>
        <InviteForm onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function InviteForm({ onDone }: { onDone: () => void }) {
  const t = useTranslations('users');
  const tc = useTranslations('common');
  const tr = useTranslations('roles');
  const flash = useFlash();
  const router = useRouter();
  const { form, onSubmit, pending, message, errors } = useActionForm(inviteUserSchema, inviteUserAction, {
    defaultValues: { name: '', email: '', phone: '', role: 'helpdesk', locale: 'id' },
    onSuccess: (data) => {
      flash({ tone: 'success', text: t('invited', { email: data.email }) });
      onDone();
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <TextField label={t('name')} autoComplete="off" data-autofocus error={errors.name?.message} {...form.register('name')} />
      <TextField label={t('email')} type="email" inputMode="email" autoComplete="off" error={errors.email?.message} {...form.register('email')} />
      <TextField label={t('phone')} type="tel" inputMode="tel" autoComplete="off" optional error={errors.phone?.message} {...form.register('phone')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t('role')} error={errors.role?.message} {...form.register('role')}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {tr(r)}
            </option>
          ))}
        </SelectField>
        <SelectField label={tc('language')} error={errors.locale?.message} {...form.register('locale')}>
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {tc(`languages.${l}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="flex flex-wrap justify-end gap-2 pt-2">
        <Button type="button" variant="secondary" onClick={onDone}>
          {tc('cancel')}
        </Button>
        <Button type="submit" pending={pending}>
          {t('sendInvite')}
        </Button>
      </div>
    </form>
  );
}
