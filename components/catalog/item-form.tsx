'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useFieldArray } from 'react-hook-form';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button, buttonClass } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField, useErrorText } from '@/components/ui/field';
import { saveItemAction } from '@/lib/catalog/actions';
import { ITEM_KINDS, MAX_SPECS } from '@/lib/catalog/constants';
import { itemSchema, type ItemInput } from '@/lib/catalog/schemas';
import { slugify } from '@/lib/catalog/slug';

export type CategoryChoice = { id: string; label: string };

/** Create (no id) or edit (id + version, C21). Prices are typed as "1.250.000"; the same schema runs in the action. */
export function ItemForm({ initial, categories }: { initial: ItemInput; categories: CategoryChoice[] }) {
  const t = useTranslations('catalog.staff');
  const tk = useTranslations('catalog.item');
  const tc = useTranslations('common');
  const errorText = useErrorText();
  const router = useRouter();
  const editing = !!initial.id;
  const { form, onSubmit, pending, message, errors } = useActionForm(itemSchema, saveItemAction, {
    defaultValues: initial,
    successMessage: editing ? t('saved') : undefined,
    onSuccess: (data) => {
      if (editing) router.refresh();
      else router.push(`/staff/catalog/${data.id}?created=1`);
    },
  });
  const specs = useFieldArray({ control: form.control, name: 'specs' });
  const kind = form.watch('kind');
  const name = form.watch('name');
  const slug = form.watch('slug');
  const reg = form.register;

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-8">
      <FormMessage message={message} />
      {editing ? (
        <>
          <input type="hidden" {...reg('id')} />
          <input type="hidden" {...reg('version')} />
        </>
      ) : null}

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">{t('sectionBasics')}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField label={t('kind')} error={errors.kind?.message} {...reg('kind')} defaultValue={initial.kind}>
            {ITEM_KINDS.map((k) => (
              <option key={k} value={k}>
                {tk(k)}
              </option>
            ))}
          </SelectField>
          <div className="sm:col-span-2">
            <SelectField label={t('category')} error={errors.categoryId?.message} {...reg('categoryId')} defaultValue={initial.categoryId}>
              <option value="">{t('chooseCategory')}</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </SelectField>
          </div>
        </div>
        <TextField label={t('name')} maxLength={160} autoComplete="off" error={errors.name?.message} {...reg('name')} defaultValue={initial.name} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t('slug')}
            optional
            maxLength={100}
            autoComplete="off"
            spellCheck={false}
            placeholder={slugify(name ?? '') || undefined}
            hint={slug ? t('slugHint', { path: `/products/${slug}` }) : t('slugAuto', { path: `/products/${slugify(name ?? '') || '…'}` })}
            error={errors.slug?.message}
            {...reg('slug')}
            defaultValue={initial.slug}
          />
          <TextField label={t('sku')} maxLength={40} autoComplete="off" spellCheck={false} hint={t('skuHint')} error={errors.sku?.message} {...reg('sku')} defaultValue={initial.sku} />
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">{t('sectionPrice')}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t('price')} inputMode="numeric" placeholder="1.250.000" hint={t('priceHint')} error={errors.price?.message} {...reg('price')} defaultValue={initial.price} />
          <TextField
            label={t('compareAtPrice')}
            optional
            inputMode="numeric"
            placeholder="1.500.000"
            hint={t('compareAtHint')}
            error={errors.compareAtPrice?.message}
            {...reg('compareAtPrice')}
            defaultValue={initial.compareAtPrice}
          />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {kind === 'good' ? (
            <>
              <TextField label={t('stock')} inputMode="numeric" optional hint={t('stockHint')} error={errors.stock?.message} {...reg('stock')} defaultValue={initial.stock} />
              <TextField label={t('weight')} inputMode="numeric" optional hint={t('weightHint')} error={errors.weightGrams?.message} {...reg('weightGrams')} defaultValue={initial.weightGrams} />
            </>
          ) : (
            <TextField
              label={t('duration')}
              inputMode="numeric"
              optional
              hint={t('durationHint')}
              error={errors.durationMinutes?.message}
              {...reg('durationMinutes')}
              defaultValue={initial.durationMinutes}
            />
          )}
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">{t('sectionDescription')}</legend>
        <TextAreaField label={t('description')} rows={8} maxLength={10_000} optional hint={t('descriptionHint')} error={errors.description?.message} {...reg('description')} defaultValue={initial.description} />
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">{t('specs')}</legend>
        <p className="text-sm text-slate-600">{t('specsHint')}</p>
        {specs.fields.length ? (
          <ol className="space-y-2">
            {specs.fields.map((f, i) => {
              const rowErrors = errors.specs?.[i];
              return (
                <li key={f.id} className="grid grid-cols-[1fr_1.5fr_auto] items-start gap-2">
                  <div>
                    <label htmlFor={`spec-key-${i}`} className="sr-only">
                      {t('specKeyN', { n: i + 1 })}
                    </label>
                    <input
                      id={`spec-key-${i}`}
                      placeholder={t('specKey')}
                      maxLength={80}
                      aria-invalid={rowErrors?.key ? true : undefined}
                      className="block w-full rounded-md border-0 bg-white px-3 py-2 text-sm ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-700 focus:outline-none aria-[invalid=true]:ring-red-600"
                      {...reg(`specs.${i}.key` as const)}
                      defaultValue={f.key}
                    />
                    {rowErrors?.key?.message ? <p className="mt-1 text-xs font-medium text-red-700">{errorText(rowErrors.key.message)}</p> : null}
                  </div>
                  <div>
                    <label htmlFor={`spec-value-${i}`} className="sr-only">
                      {t('specValueN', { n: i + 1 })}
                    </label>
                    <input
                      id={`spec-value-${i}`}
                      placeholder={t('specValue')}
                      maxLength={300}
                      className="block w-full rounded-md border-0 bg-white px-3 py-2 text-sm ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-700 focus:outline-none"
                      {...reg(`specs.${i}.value` as const)}
                      defaultValue={f.value}
                    />
                  </div>
                  <Button type="button" variant="ghost" size="sm" onClick={() => specs.remove(i)} aria-label={t('removeSpecN', { n: i + 1 })}>
                    {tc('delete')}
                  </Button>
                </li>
              );
            })}
          </ol>
        ) : null}
        {errors.specs?.message ? <p className="text-xs font-medium text-red-700">{errorText(errors.specs.message)}</p> : null}
        {specs.fields.length < MAX_SPECS ? (
          <Button type="button" variant="secondary" size="sm" onClick={() => specs.append({ key: '', value: '' })}>
            {t('addSpec')}
          </Button>
        ) : null}
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">{t('sectionVisibility')}</legend>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-0.5 size-4 accent-brand-700" {...reg('active')} defaultChecked={initial.active} />
          <span>
            <span className="font-medium">{t('active')}</span>
            <span className="block text-slate-600">{t('activeHint')}</span>
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-0.5 size-4 accent-brand-700" {...reg('featured')} defaultChecked={initial.featured} />
          <span>
            <span className="font-medium">{t('featured')}</span>
            <span className="block text-slate-600">{t('featuredHint')}</span>
          </span>
        </label>
      </fieldset>

      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? tc('saving') : editing ? tc('save') : t('createAndAddImages')}
        </Button>
        <Link href="/staff/catalog" className={buttonClass('secondary')}>
          {tc('back')}
        </Link>
      </div>
    </form>
  );
}
