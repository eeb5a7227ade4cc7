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
import { inviteContactAction } from '@/lib/customers/actions';
import { inviteContactSchema } from '@/lib/customers/schemas';
import { LOCALES } from '@/lib/i18n/config';

/** "Invite contact": a customer account under this customer, with an invitation e-mail in the outbox. */
export function InviteContact({ customerId, customerName }: { customerId: string; customerName: string }) {
  const t = useTranslations('customers');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" size="sm" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('inviteContact')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('inviteTitle')} description={t('inviteBody', { name: customerName })}>
        <InviteForm customerId={customerId} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function InviteForm({ customerId, onDone }: { customerId: string; onDone: () => void }) {
  const t = useTranslations('customers');
  const tc = useTranslations('common');
  const flash = useFlash();
  const router = useRouter();
  const { form, onSubmit, pending, message, errors } = useActionForm(inviteContactSchema, inviteContactAction, {
    defaultValues: { customerId, name: '', email: '', phone: '', locale: 'id' },
    onSuccess: (data) => {
      flash({ tone: 'success', text: t('invited', { email: data.email }) });
      onDone();
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <input type="hidden" {...form.register('customerId')} />
      <TextField label={t('contactName')} autoComplete="off" maxLength={120} data-autofocus error={errors.name?.message} {...form.register('name')} />
      <TextField label={t('email')} type="email" inputMode="email" autoComplete="off" maxLength={254} error={errors.email?.message} {...form.register('email')} />
      <TextField label={t('phone')} type="tel" inputMode="tel" autoComplete="off" optional maxLength={30} error={errors.phone?.message} {...form.register('phone')} />
      <SelectField label={tc('language')} error={errors.locale?.message} {...form.register('locale')}>
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {tc(`languages.${l}`)}
          </option>
        ))}
      </SelectField>
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
