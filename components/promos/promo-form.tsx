'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { prefill } from '@/components/admin/prefill';
import { ImageUpload, mediaSrc } from '@/components/content/image-upload';
import { RichTextEditor } from '@/components/content/rich-text-editor';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { SegmentBuilder } from '@/components/segments/segment-builder';
import { SegmentForm } from '@/components/segments/segment-form';
import { Button, buttonClass } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextAreaField, TextField, useErrorText } from '@/components/ui/field';
import { savePromoAction } from '@/lib/promos/actions';
import { DISCOUNT_TYPES, PROMO_AUDIENCES } from '@/lib/promos/constants';
import { promoSchema, type PromoInput } from '@/lib/promos/schemas';
import type { Criterion, CriterionDescriptor } from '@/lib/segments/schemas';

type SegmentOption = { id: string; name: string; criteria: Criterion[] };

/** Create or edit a promotion. Dates are datetime-local in the business zone; the body is rich text. */
export function PromoForm({
  initial,
  banner,
  segments: initialSegments,
  catalog,
  zone,
}: {
  initial: PromoInput;
  banner: Record<string, string> | null;
  segments: SegmentOption[];
  catalog: CriterionDescriptor[];
  zone: string;
}) {
  const t = useTranslations('promos');
  const tc = useTranslations('common');
  const errorText = useErrorText();
  const router = useRouter();
  const editing = !!initial.id;
  const [segments, setSegments] = useState(initialSegments);
  const [bannerVariants, setBannerVariants] = useState(banner);
  const [newSegmentOpen, setNewSegmentOpen] = useState(false);
  const { form, onSubmit, pending, message, errors } = useActionForm(promoSchema, savePromoAction, {
    defaultValues: initial,
    successMessage: editing ? t('saved') : undefined,
    onSuccess: (data) => {
      if (editing) {
        form.setValue('version', data.version);
        router.refresh();
      } else router.push(`/staff/promos/${data.id}?saved=1`);
    },
  });
  const field = prefill(form, initial).text;
  const audience = form.watch('audience');
  const discountType = form.watch('discountType');
  const segmentId = form.watch('segmentId');
  const body = form.watch('body');
  const chosen = segments.find((s) => s.id === segmentId);

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-6">
        <FormMessage message={message} />
        {editing ? (
          <>
            <input type="hidden" {...field('id')} />
            <input type="hidden" {...field('version')} />
          </>
        ) : null}
        <TextField label={t('fields.title')} maxLength={200} error={errors.title?.message} {...field('title')} />
        <TextField label={t('fields.slug')} optional hint={t('fields.slugHint')} maxLength={120} error={errors.slug?.message} {...field('slug')} />

        <div className="space-y-2">
          <input type="hidden" {...field('bannerMediaId')} />
          {bannerVariants ? (
            // eslint-disable-next-line @next/next/no-img-element -- a staff preview of our own WebP variant
            <img src={mediaSrc(bannerVariants, 640) ?? ''} alt={t('fields.bannerPreview')} className="max-h-48 rounded-md ring-1 ring-slate-200" />
          ) : null}
          <ImageUpload
            label={t('fields.banner')}
            alt={form.getValues('title')}
            onUploaded={(m) => {
              setBannerVariants(m.variants);
              form.setValue('bannerMediaId', m.id, { shouldDirty: true });
            }}
          />
          {bannerVariants ? (
            <Button
              type="button"
              variant="ghost"
              size="sm"
              onClick={() => {
                setBannerVariants(null);
                form.setValue('bannerMediaId', '', { shouldDirty: true });
              }}
            >
              {t('fields.bannerRemove')}
            </Button>
          ) : null}
          {errors.bannerMediaId?.message ? <p className="text-xs font-medium text-red-700">{errorText(errors.bannerMediaId.message)}</p> : null}
        </div>

        <RichTextEditor label={t('fields.body')} value={body ?? ''} onChange={(html) => form.setValue('body', html, { shouldDirty: true })} error={errorText(errors.body?.message)} />
        <TextAreaField label={t('fields.terms')} optional rows={4} maxLength={5000} hint={t('fields.termsHint')} error={errors.terms?.message} {...field('terms')} />

        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t('fields.startsAt')} type="datetime-local" hint={t('zoneHint', { zone })} error={errors.startsAt?.message} {...field('startsAt')} />
          <TextField label={t('fields.endsAt')} type="datetime-local" hint={t('zoneHint', { zone })} error={errors.endsAt?.message} {...field('endsAt')} />
        </div>

        <fieldset className="space-y-4 rounded-md p-4 ring-1 ring-slate-200">
          <legend className="px-1 text-sm font-semibold">{t('fields.offer')}</legend>
          <TextField label={t('fields.voucherCode')} optional hint={t('fields.voucherHint')} maxLength={30} className="uppercase" error={errors.voucherCode?.message} {...field('voucherCode')} />
          <div className="grid gap-4 sm:grid-cols-3">
            <SelectField label={t('fields.discountType')} optional error={errors.discountType?.message} {...field('discountType')}>
              <option value="">{t('discountTypes.none')}</option>
              {DISCOUNT_TYPES.map((d) => (
                <option key={d} value={d}>
                  {t(`discountTypes.${d}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={discountType === 'percent' ? t('fields.discountPercent') : t('fields.discountAmount')}
              inputMode="numeric"
              optional
              disabled={!discountType}
              error={errors.discountValue?.message}
              {...field('discountValue')}
            />
            <TextField label={t('fields.minSpend')} inputMode="numeric" optional hint={t('fields.rupiahHint')} error={errors.minSpendIdr?.message} {...field('minSpendIdr')} />
          </div>
        </fieldset>

        <fieldset className="space-y-3 rounded-md p-4 ring-1 ring-slate-200">
          <legend className="px-1 text-sm font-semibold">{t('fields.audience')}</legend>
          {PROMO_AUDIENCES.map((a) => (
            <label key={a} className="flex items-start gap-2 text-sm">
              <input type="radio" value={a} className="mt-1 size-4" {...form.register('audience')} defaultChecked={initial.audience === a} />
              <span>
                <span className="font-medium">{t(`audiences.${a}`)}</span>
                <span className="block text-slate-600">{t(`audienceHints.${a}`)}</span>
              </span>
            </label>
          ))}
          {audience === 'segment' ? (
            <div className="space-y-3 border-t border-slate-100 pt-3">
              <div className="flex flex-wrap items-end gap-2">
                <div className="min-w-64 flex-1">
                  {/* Controlled, so a segment created in the dialog is selected as soon as its option exists. */}
                  <SelectField label={t('fields.segment')} error={errors.segmentId?.message} {...form.register('segmentId')} value={segmentId ?? ''}>
                    <option value="">{t('fields.segmentChoose')}</option>
                    {segments.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                      </option>
                    ))}
                  </SelectField>
                </div>
                <Button type="button" variant="secondary" onClick={() => setNewSegmentOpen(true)}>
                  {t('fields.segmentNew')}
                </Button>
              </div>
              {chosen ? <SegmentBuilderPreview catalog={catalog} criteria={chosen.criteria} /> : null}
            </div>
          ) : null}
        </fieldset>

        <SelectField label={tc('status')} hint={t('fields.statusHint')} error={errors.status?.message} {...field('status')}>
          <option value="draft">{t('statuses.draft')}</option>
          <option value="published">{t('statuses.published')}</option>
        </SelectField>

        <div className="flex flex-wrap gap-2">
          <Button type="submit" pending={pending}>
            {pending ? tc('saving') : tc('save')}
          </Button>
          <Link href="/staff/promos" className={buttonClass('secondary')}>
            {tc('back')}
          </Link>
        </div>
      </form>
      {/* Outside the promo <form>: forms must not nest. */}
      <Dialog open={newSegmentOpen} onClose={() => setNewSegmentOpen(false)} title={t('fields.segmentNew')} size="lg">
        {newSegmentOpen ? (
          <SegmentForm
            initial={{ name: '', criteria: [] }}
            catalog={catalog}
            cancelHref={null}
            onSaved={(seg) => {
              setSegments((list) => [...list, seg].sort((a, b) => a.name.localeCompare(b.name)));
              form.setValue('segmentId', seg.id, { shouldDirty: true, shouldValidate: true });
              setNewSegmentOpen(false);
            }}
          />
        ) : null}
      </Dialog>
    </>
  );
}

/** The chosen segment's criteria, read-only, with the live count of matching customers. */
function SegmentBuilderPreview({ catalog, criteria }: { catalog: CriterionDescriptor[]; criteria: Criterion[] }) {
  const t = useTranslations('promos');
  return (
    <div className="rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
      <p className="mb-2 text-sm font-medium">{t('fields.segmentPreview')}</p>
      <SegmentBuilder catalog={catalog} value={criteria} readOnly />
    </div>
  );
}
