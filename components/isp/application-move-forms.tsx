'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState, type ReactNode } from 'react';
import { AttachmentPicker } from '@/components/tickets/attachment-picker';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField, useErrorText } from '@/components/ui/field';
import {
  activateApplicationAction,
  recordSurveyAction,
  rejectApplicationAction,
  scheduleInstallationAction,
  scheduleSurveyAction,
} from '@/lib/isp/applications/actions';
import { activateSchema, recordSurveySchema, rejectSchema, scheduleInstallationSchema, scheduleSurveySchema } from '@/lib/isp/applications/schemas';
import type { ApplicationMove } from '@/lib/isp/applications/transitions';

type Technician = { id: string; name: string; servicePoint: string | null; available: boolean | null };
type Ref = { applicationId: string; version: number };

const DURATIONS = [30, 60, 90, 120, 180, 240];

function Box({ title, children, tone = 'default' }: { title: string; children: ReactNode; tone?: 'default' | 'danger' }) {
  return (
    <section className={tone === 'danger' ? 'rounded-lg p-4 ring-1 ring-red-200' : 'rounded-lg p-4 ring-1 ring-slate-200'}>
      <h3 className="mb-3 text-sm font-semibold">{title}</h3>
      {children}
    </section>
  );
}

function ScheduleForm({ kind, refs, technicians, defaults }: { kind: 'survey' | 'installation'; refs: Ref; technicians: Technician[]; defaults: { startsAt: string; hint: string } }) {
  const t = useTranslations('isp.applications.moves');
  const router = useRouter();
  const schema = kind === 'survey' ? scheduleSurveySchema : scheduleInstallationSchema;
  const call = kind === 'survey' ? scheduleSurveyAction : scheduleInstallationAction;
  const { form, onSubmit, pending, message, errors } = useActionForm(schema, call, {
    defaultValues: { ...refs, technicianId: '', startsAt: defaults.startsAt, durationMinutes: kind === 'survey' ? 60 : 120, notes: '' },
    onSuccess: () => router.refresh(),
  });
  return (
    <Box title={t(kind === 'survey' ? 'scheduleSurvey' : 'scheduleInstallation')}>
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        <FormMessage message={message} />
        <SelectField label={t('technician')} error={errors.technicianId?.message} {...form.register('technicianId')}>
          <option value="">{t('chooseTechnician')}</option>
          {technicians.map((e) => (
            <option key={e.id} value={e.id}>
              {[e.name, e.servicePoint, e.available === false ? t('unavailable') : null].filter(Boolean).join(' · ')}
            </option>
          ))}
        </SelectField>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField label={t('startsAt')} type="datetime-local" hint={defaults.hint} error={errors.startsAt?.message} {...form.register('startsAt')} />
          <SelectField label={t('duration')} error={errors.durationMinutes?.message} {...form.register('durationMinutes')}>
            {DURATIONS.map((m) => (
              <option key={m} value={m}>
                {t('minutes', { count: m })}
              </option>
            ))}
          </SelectField>
        </div>
        <TextAreaField label={t('notes')} optional rows={2} className="min-h-16" error={errors.notes?.message} {...form.register('notes')} />
        <Button type="submit" pending={pending}>
          {t(kind === 'survey' ? 'scheduleSurveySubmit' : 'scheduleInstallationSubmit')}
        </Button>
      </form>
    </Box>
  );
}

function SurveyForm({ refs }: { refs: Ref }) {
  const t = useTranslations('isp.applications.moves');
  const router = useRouter();
  const errorText = useErrorText();
  const id = useId();
  const [uploading, setUploading] = useState(false);
  const { form, onSubmit, pending, message, errors } = useActionForm(recordSurveySchema, recordSurveyAction, {
    defaultValues: { ...refs, covered: undefined as unknown as 'yes', notes: '', photoIds: [] },
    onSuccess: () => router.refresh(),
  });
  return (
    <Box title={t('recordSurvey')}>
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        <FormMessage message={message} />
        <fieldset aria-describedby={errors.covered ? `${id}-error` : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t('covered')}</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" value="yes" className="size-4" {...form.register('covered')} />
              {t('coveredYes')}
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" value="no" className="size-4" {...form.register('covered')} />
              {t('coveredNo')}
            </label>
          </div>
          {errors.covered ? (
            <p id={`${id}-error`} className="mt-1 text-xs font-medium text-red-700">
              {errorText(errors.covered.message)}
            </p>
          ) : null}
        </fieldset>
        <TextAreaField label={t('surveyNotes')} hint={t('surveyNotesHint')} rows={3} error={errors.notes?.message} {...form.register('notes')} />
        <div>
          <p className="mb-1 text-xs text-slate-500">{t('photosHint')}</p>
          <AttachmentPicker max={6} onChange={(ids) => form.setValue('photoIds', ids)} onBusyChange={setUploading} />
          {errors.photoIds ? <p className="mt-1 text-xs font-medium text-red-700">{errorText(errors.photoIds.message)}</p> : null}
        </div>
        <Button type="submit" pending={pending} disabled={uploading}>
          {t('recordSurveySubmit')}
        </Button>
      </form>
    </Box>
  );
}

function ActivateForm({ refs }: { refs: Ref }) {
  const t = useTranslations('isp.applications.moves');
  const router = useRouter();
  const { form, onSubmit, pending, message, errors } = useActionForm(activateSchema, activateApplicationAction, {
    defaultValues: { ...refs, notes: '' },
    onSuccess: () => router.refresh(),
  });
  return (
    <Box title={t('activate')}>
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        <FormMessage message={message} />
        <p className="text-sm text-slate-600">{t('activateLead')}</p>
        <TextAreaField label={t('notes')} optional rows={2} className="min-h-16" error={errors.notes?.message} {...form.register('notes')} />
        <Button type="submit" pending={pending}>
          {t('activateSubmit')}
        </Button>
      </form>
    </Box>
  );
}

function RejectForm({ refs }: { refs: Ref }) {
  const t = useTranslations('isp.applications.moves');
  const router = useRouter();
  const { form, onSubmit, pending, message, errors } = useActionForm(rejectSchema, rejectApplicationAction, {
    defaultValues: { ...refs, reason: '' },
    onSuccess: () => router.refresh(),
  });
  return (
    <details className="rounded-lg ring-1 ring-red-200">
      <summary className="cursor-pointer px-4 py-3 text-sm font-semibold text-red-800">{t('reject')}</summary>
      <form onSubmit={onSubmit} noValidate className="space-y-3 px-4 pb-4">
        <FormMessage message={message} />
        <TextAreaField label={t('reason')} hint={t('reasonHint')} rows={3} error={errors.reason?.message} {...form.register('reason')} />
        <Button type="submit" variant="danger" pending={pending}>
          {t('rejectSubmit')}
        </Button>
      </form>
    </details>
  );
}

/** One form per move this caller may make now (the server checks role, state and version again). */
export function ApplicationMoveForms({
  moves,
  refs,
  technicians,
  visitDefaults,
}: {
  moves: ApplicationMove[];
  refs: Ref;
  technicians: Technician[];
  visitDefaults: { startsAt: string; hint: string };
}) {
  const t = useTranslations('isp.applications.moves');
  if (!moves.length) return <p className="text-sm text-slate-600">{t('none')}</p>;
  return (
    <div className="space-y-4">
      {moves.includes('schedule_survey') ? <ScheduleForm key={`s${refs.version}`} kind="survey" refs={refs} technicians={technicians} defaults={visitDefaults} /> : null}
      {moves.includes('record_survey') ? <SurveyForm key={`r${refs.version}`} refs={refs} /> : null}
      {moves.includes('schedule_installation') ? (
        <ScheduleForm key={`i${refs.version}`} kind="installation" refs={refs} technicians={technicians} defaults={visitDefaults} />
      ) : null}
      {moves.includes('activate') ? <ActivateForm key={`a${refs.version}`} refs={refs} /> : null}
      {moves.includes('reject') ? <RejectForm key={`x${refs.version}`} refs={refs} /> : null}
    </div>
  );
}
