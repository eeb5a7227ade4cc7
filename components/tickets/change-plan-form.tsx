'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import type { ActionResult } from '@/lib/auth/action';
import { changeTicketPlanAction } from '@/lib/tickets/actions';
import { changePlanSchema } from '@/lib/tickets/schemas';
import type { z } from 'zod';

export function ChangePlanForm({ ticketId, version, plans, current }: { ticketId: string; version: number; plans: Array<{ id: string; name: string }>; current: string | null }) {
  const t = useTranslations('tickets.detail');
  const router = useRouter();
  const [stale, setStale] = useState(false);
  const submit = async (v: z.input<typeof changePlanSchema>): Promise<ActionResult<{ id: string; version: number }>> => {
    const r = await changeTicketPlanAction(v);
    setStale(!r.ok && r.code === 'CONFLICT');
    return r;
  };
  const { form, onSubmit, pending, message, errors } = useActionForm(changePlanSchema, submit, {
    defaultValues: { ticketId, version, slaPlanId: '' },
    successMessage: t('planSaved'),
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage message={message} />
      {stale ? (
        <Button type="button" variant="secondary" size="sm" onClick={() => window.location.reload()}>
          {t('reload')}
        </Button>
      ) : null}
      <SelectField label={t('planLabel')} error={errors.slaPlanId?.message} {...form.register('slaPlanId')}>
        <option value="">—</option>
        {plans.map((p) => (
          <option key={p.id} value={p.id} disabled={p.name === current}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <Button type="submit" size="sm" variant="secondary" pending={pending}>
        {t('changePlan')}
      </Button>
    </form>
  );
}
