'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button, buttonClass } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { saveSegmentAction } from '@/lib/segments/actions';
import { segmentSchema, type Criterion, type CriterionDescriptor } from '@/lib/segments/schemas';
import { cleanCriteria, SegmentBuilder } from './segment-builder';

export function SegmentForm({
  initial,
  catalog,
  onSaved,
  cancelHref = '/staff/segments',
}: {
  initial: { id?: string; name: string; criteria: Criterion[] };
  catalog: CriterionDescriptor[];
  /** Inline use (promo form): called with the new id instead of navigating. */
  onSaved?: (seg: { id: string; name: string; criteria: Criterion[] }) => void;
  cancelHref?: string | null;
}) {
  const t = useTranslations('segments');
  const tc = useTranslations('common');
  const router = useRouter();
  const [criteria, setCriteria] = useState<Criterion[]>(initial.criteria);
  const editing = !!initial.id;
  const { form, onSubmit, pending, message, errors } = useActionForm(segmentSchema, saveSegmentAction, {
    defaultValues: { id: initial.id ?? '', name: initial.name, criteria: initial.criteria },
    successMessage: editing ? t('saved') : undefined,
    onSuccess: (data) => {
      if (onSaved) onSaved({ id: data.id, name: form.getValues('name'), criteria: cleanCriteria(criteria, catalog).criteria });
      else if (editing) router.refresh();
      else router.push('/staff/segments?saved=1');
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-5">
      <FormMessage message={message} />
      <TextField label={t('name')} maxLength={120} error={errors.name?.message} {...form.register('name')} defaultValue={initial.name} />
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">{t('criteriaTitle')}</legend>
        <p className="text-xs text-slate-500">{t('criteriaHint')}</p>
        <SegmentBuilder
          catalog={catalog}
          value={criteria}
          error={errors.criteria?.message ?? (errors.criteria as unknown as { root?: { message?: string } })?.root?.message}
          onChange={(next) => {
            setCriteria(next);
            form.setValue('criteria', cleanCriteria(next, catalog).criteria, { shouldDirty: true });
          }}
        />
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? tc('saving') : tc('save')}
        </Button>
        {cancelHref ? (
          <Link href={cancelHref} className={buttonClass('secondary')}>
            {tc('back')}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
