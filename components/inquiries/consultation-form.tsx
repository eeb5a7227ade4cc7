'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { sendInquiry } from '@/lib/inquiries/actions';
import { INQUIRY_TOPICS } from '@/lib/inquiries/constants';
import { inquirySchema } from '@/lib/inquiries/schemas';

/**
 * The consultation / contact form for visitors and members (render it on /contact). A signed-in
 * member may pass their name and e-mail as defaults; the inquiry is linked to their customer on the
 * server from the session, never from the form.
 */
export function ConsultationForm({ defaults, topic }: { defaults?: { name?: string; email?: string; phone?: string }; topic?: (typeof INQUIRY_TOPICS)[number] }) {
  const t = useTranslations('inquiries.form');
  const tt = useTranslations('inquiries.topics');
  const [done, setDone] = useState(false);
  const { form, onSubmit, pending, message, errors } = useActionForm(inquirySchema, sendInquiry, {
    defaultValues: { name: defaults?.name ?? '', email: defaults?.email ?? '', phone: defaults?.phone ?? '', topic: topic ?? 'product', message: '', website: '' },
    onSuccess: () => setDone(true),
  });
  if (done) {
    return (
      <Alert tone="success" role="status">
        <p className="font-semibold">{t('doneTitle')}</p>
        <p className="mt-1">{t('doneBody')}</p>
        <button type="button" className="mt-3 text-sm font-medium text-brand-700 underline" onClick={() => { form.reset(); setDone(false); }}>
          {t('sendAnother')}
        </button>
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="relative space-y-4" aria-labelledby="consultation-heading">
      <div>
        <h2 id="consultation-heading" className="text-lg font-semibold">
          {t('title')}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t('lead')}</p>
      </div>
      <FormMessage message={message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t('name')} autoComplete="name" error={errors.name?.message} {...form.register('name')} />
        <TextField label={t('email')} type="email" autoComplete="email" inputMode="email" error={errors.email?.message} {...form.register('email')} />
        <TextField label={t('phone')} type="tel" autoComplete="tel" inputMode="tel" optional hint={t('phoneHint')} error={errors.phone?.message} {...form.register('phone')} />
        <SelectField label={t('topic')} error={errors.topic?.message} {...form.register('topic')}>
          {INQUIRY_TOPICS.map((k) => (
            <option key={k} value={k}>
              {tt(k)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField label={t('message')} rows={5} error={errors.message?.message} {...form.register('message')} />
      {/* Honeypot: invisible and unreachable by keyboard; bots that fill every input give themselves away. */}
      <div aria-hidden="true" className="absolute -left-[10000px] top-auto size-px overflow-hidden">
        <label>
          {t('honeypot')}
          <input type="text" tabIndex={-1} autoComplete="off" {...form.register('website')} />
        </label>
      </div>
      <p className="text-xs text-slate-500">{t('privacy')}</p>
      <Button type="submit" pending={pending} className="w-full sm:w-auto">
        {t('submit')}
      </Button>
    </form>
  );
}
