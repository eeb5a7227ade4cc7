'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useFlash } from '@/components/admin/flash';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { saveHolidayAction } from '@/lib/holidays/actions';
import { holidaySchema } from '@/lib/holidays/schemas';

/** "Add holiday" (no holiday given) or "Edit" for one row, in a dialog. */
export function HolidayDialog({ holiday, defaultDay }: { holiday?: { day: string; name: string }; defaultDay?: string }) {
  const t = useTranslations('holidays');
  const tc = useTranslations('common');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        type="button"
        variant={holiday ? 'secondary' : 'primary'}
        size={holiday ? 'sm' : 'md'}
        aria-haspopup="dialog"
        aria-label={holiday ? t('editNamed', { name: holiday.name }) : undefined}
        onClick={() => setOpen(true)}
      >
        {holiday ? tc('edit') : t('add')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={holiday ? t('editTitle') : t('addTitle')} description={t('dialogHint')} size="sm">
        <HolidayForm holiday={holiday} defaultDay={defaultDay} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function HolidayForm({ holiday, defaultDay, onDone }: { holiday?: { day: string; name: string }; defaultDay?: string; onDone: () => void }) {
  const t = useTranslations('holidays');
  const tc = useTranslations('common');
  const flash = useFlash();
  const router = useRouter();
  const { form, onSubmit, pending, message, errors } = useActionForm(holidaySchema, saveHolidayAction, {
    defaultValues: holiday ? { originalDay: holiday.day, day: holiday.day, name: holiday.name } : { day: defaultDay ?? '', name: '' },
    onSuccess: (data) => {
      flash({ tone: 'success', text: t('saved', { name: data.name }) });
      onDone();
      // A holiday moved to another year: show that year.
      router.push(`/staff/holidays?year=${data.day.slice(0, 4)}`);
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      {holiday ? <input type="hidden" {...form.register('originalDay')} /> : null}
      <TextField label={t('day')} type="date" data-autofocus error={errors.day?.message} {...form.register('day')} />
      <TextField label={t('name')} maxLength={120} hint={t('nameHint')} error={errors.name?.message} {...form.register('name')} />
      <div className="flex flex-wrap justify-end gap-2 pt-2">
        <Button type="button" variant="secondary" onClick={onDone}>
          {tc('cancel')}
        </Button>
        <Button type="submit" pending={pending}>
          {tc('save')}
        </Button>
      </div>
    </form>
  );
}
