'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { SegmentBuilder } from '@/components/segments/segment-builder';
import { Button, buttonClass } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { createCampaignAction } from '@/lib/campaigns/actions';
import { createCampaignSchema } from '@/lib/campaigns/schemas';
import type { Criterion, CriterionDescriptor } from '@/lib/segments/schemas';

type PromoOption = { id: string; title: string; status: string; audience: string; segmentId: string | null };

export function CampaignForm({
  promos,
  segments,
  catalog,
  whatsapp,
  initialPromoId,
}: {
  promos: PromoOption[];
  segments: Array<{ id: string; name: string; criteria: Criterion[] }>;
  catalog: CriterionDescriptor[];
  whatsapp: boolean;
  initialPromoId: string;
}) {
  const t = useTranslations('campaigns');
  const tc = useTranslations('common');
  const router = useRouter();
  const [submitNow, setSubmitNow] = useState(true);
  const { form, onSubmit, pending, message, errors } = useActionForm(createCampaignSchema, createCampaignAction, {
    defaultValues: { promoId: initialPromoId, channel: 'email', segmentId: '', submit: true },
    onSuccess: (data) => router.push(`/staff/campaigns/${data.id}`),
  });
  const promoId = form.watch('promoId');
  const segmentId = form.watch('segmentId');
  const promo = promos.find((p) => p.id === promoId);
  const effectiveSegment = segments.find((s) => s.id === (segmentId || (promo?.audience === 'segment' ? promo.segmentId : '')));
  return (
    <form
      onSubmit={(e) => {
        form.setValue('submit', submitNow);
        return onSubmit(e);
      }}
      noValidate
      className="max-w-3xl space-y-5"
    >
      <FormMessage message={message} />
      <SelectField label={t('fields.promo')} error={errors.promoId?.message} {...form.register('promoId')}>
        <option value="">{t('fields.promoChoose')}</option>
        {promos.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
            {p.status !== 'published' ? ` (${t('draftPromo')})` : ''}
          </option>
        ))}
      </SelectField>
      {promo && promo.status !== 'published' ? <p className="text-sm text-amber-800">{t('promoNotPublishedHint')}</p> : null}

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t('fields.channel')}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="email" className="size-4" {...form.register('channel')} defaultChecked />
          {t('channels.email')}
        </label>
        <label className={`flex items-start gap-2 text-sm ${whatsapp ? '' : 'text-slate-500'}`}>
          <input type="radio" value="whatsapp" className="mt-1 size-4" disabled={!whatsapp} aria-describedby="wa-note" {...form.register('channel')} />
          <span>
            {t('channels.whatsapp')}
            <span id="wa-note" className="block text-xs">
              {whatsapp ? t('channels.whatsappReady') : t('channels.whatsappUnavailable')}
            </span>
          </span>
        </label>
        {errors.channel?.message ? <p className="text-xs font-medium text-red-700">{errors.channel.message}</p> : null}
      </fieldset>

      <SelectField label={t('fields.audience')} hint={t('fields.audienceHint')} optional error={errors.segmentId?.message} {...form.register('segmentId')}>
        <option value="">{promo?.audience === 'segment' ? t('fields.promoSegment') : t('fields.allCustomers')}</option>
        {segments.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <div className="rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
        <p className="mb-2 text-sm font-medium">{effectiveSegment ? t('audienceOf', { name: effectiveSegment.name }) : t('audienceAll')}</p>
        <SegmentBuilder catalog={catalog} value={effectiveSegment?.criteria ?? []} readOnly />
        <p className="mt-2 text-xs text-slate-500">{t('optOutNote')}</p>
      </div>

      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="size-4" checked={submitNow} onChange={(e) => setSubmitNow(e.target.checked)} />
        {t('fields.submitNow')}
      </label>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {submitNow ? t('createAndSubmit') : t('createDraft')}
        </Button>
        <Link href="/staff/campaigns" className={buttonClass('secondary')}>
          {tc('back')}
        </Link>
      </div>
    </form>
  );
}
