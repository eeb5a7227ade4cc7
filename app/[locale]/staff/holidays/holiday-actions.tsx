'use client';
import { useTranslations } from 'next-intl';
import { useRunAction } from '@/components/admin/use-run-action';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { addNationalHolidaysAction, deleteHolidayAction } from '@/lib/holidays/actions';

export function DeleteHolidayButton({ day, name, label }: { day: string; name: string; label: string }) {
  const t = useTranslations('holidays');
  const tc = useTranslations('common');
  const { run, pending } = useRunAction();
  return (
    <ConfirmButton
      title={t('deleteTitle')}
      body={t('deleteConfirm', { name, day: label })}
      confirmLabel={tc('delete')}
      busy={pending}
      aria-label={t('deleteNamed', { name, day: label })}
      onConfirm={() => run(() => deleteHolidayAction({ day }), () => t('deleted', { name }))}
    >
      {tc('delete')}
    </ConfirmButton>
  );
}

/** Adds the listed national holidays and cuti bersama of a year that are missing; existing days stay. */
export function AddNationalButton({ year }: { year: number }) {
  const t = useTranslations('holidays');
  const { run, pending } = useRunAction();
  return (
    <ConfirmButton
      variant="secondary"
      size="md"
      title={t('nationalTitle', { year })}
      body={t('nationalConfirm', { year })}
      confirmLabel={t('nationalAdd')}
      busy={pending}
      onConfirm={() => run(() => addNationalHolidaysAction({ year }), (d) => t('nationalAdded', { added: d.added, year }))}
    >
      {t('national', { year })}
    </ConfirmButton>
  );
}
