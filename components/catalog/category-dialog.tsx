'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { saveCategoryAction } from '@/lib/catalog/actions';
import { categorySchema, type CategoryInput } from '@/lib/catalog/schemas';
import { slugify } from '@/lib/catalog/slug';
import type { CategoryChoice } from './item-form';

/** "New category" or "Edit" in a dialog; the list re-renders from the server afterwards. */
export function CategoryDialog({ initial, parents, trigger, variant = 'secondary' }: { initial: CategoryInput; parents: CategoryChoice[]; trigger: string; variant?: 'primary' | 'secondary' }) {
  const [open, setOpen] = useState(false);
  const t = useTranslations('catalog.staff');
  return (
    <>
      <Button type="button" variant={variant} size={variant === 'primary' ? 'md' : 'sm'} onClick={() => setOpen(true)} aria-haspopup="dialog">
        {trigger}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={initial.id ? t('editCategory') : t('newCategory')}>
        <CategoryForm initial={initial} parents={parents.filter((p) => p.id !== initial.id)} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function CategoryForm({ initial, parents, onDone }: { initial: CategoryInput; parents: CategoryChoice[]; onDone: () => void }) {
  const t = useTranslations('catalog.staff');
  const tc = useTranslations('common');
  const router = useRouter();
  const { form, onSubmit, pending, message, errors } = useActionForm(categorySchema, saveCategoryAction, {
    defaultValues: initial,
    onSuccess: () => {
      onDone();
      router.refresh();
    },
  });
  const name = form.watch('name');
  const reg = form.register;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      {initial.id ? <input type="hidden" {...reg('id')} /> : null}
      <TextField label={t('categoryName')} maxLength={80} data-autofocus error={errors.name?.message} {...reg('name')} />
      <TextField
        label={t('slug')}
        optional
        maxLength={100}
        spellCheck={false}
        placeholder={slugify(name ?? '') || undefined}
        hint={t('slugAuto', { path: `/catalog/${slugify(name ?? '') || '…'}` })}
        error={errors.slug?.message}
        {...reg('slug')}
      />
      <SelectField label={t('parent')} error={errors.parentId?.message} {...reg('parentId')}>
        <option value="">{t('noParent')}</option>
        {parents.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </SelectField>
      <TextAreaField label={t('categoryDescription')} optional rows={3} maxLength={1000} error={errors.description?.message} {...reg('description')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t('sortOrder')} type="number" inputMode="numeric" hint={t('sortOrderHint')} error={errors.sortOrder?.message} {...reg('sortOrder')} />
        <label className="flex items-center gap-2 self-center text-sm">
          <input type="checkbox" className="size-4 accent-brand-700" {...reg('active')} />
          {t('categoryActive')}
        </label>
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onDone}>
          {tc('cancel')}
        </Button>
        <Button type="submit" pending={pending}>
          {pending ? tc('saving') : tc('save')}
        </Button>
      </div>
    </form>
  );
}
