'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField } from '@/components/ui/field';
import type { ActionResult } from '@/lib/auth/action';
import { moveTicketAction } from '@/lib/tickets/actions';
import type { DispatchEngineer } from '@/lib/tickets/dto';
import { moveSchema, type MoveInput } from '@/lib/tickets/schemas';
import type { TicketMove } from '@/lib/tickets/transitions';

type AssignData = { suggestedId: string | null; points: Array<{ id: string; name: string; region: string | null }> } | null;
type DispatchData = { engineers: DispatchEngineer[] } | null;

const WITH_REASON = new Set<TicketMove>(['decline', 'pend', 'reopen']);
const PLAIN = new Set<TicketMove>(['accept', 'confirm', 'start', 'resume', 'close', 'document']);

/** Another tab or person moved the ticket first: say so, keep what was typed, offer a reload. */
function StaleNotice() {
  const t = useTranslations('tickets.detail');
  return (
    <Button type="button" variant="secondary" size="sm" className="mt-2" onClick={() => window.location.reload()}>
      {t('reload')}
    </Button>
  );
}

/**
 * One move as a small form that sends the ticket's version with it. A CONFLICT (someone saved first)
 * or INVALID_TRANSITION (the move no longer exists) keeps the form filled in and offers a reload.
 */
function MoveForm({
  move,
  ticketId,
  version,
  assign,
  dispatch,
  onDone,
  compact,
}: {
  move: TicketMove;
  ticketId: string;
  version: number;
  assign: AssignData;
  dispatch: DispatchData;
  onDone: (text: string) => void;
  compact?: boolean;
}) {
  const t = useTranslations('tickets');
  const router = useRouter();
  const [stale, setStale] = useState(false);
  const defaults: Record<string, unknown> = { move, ticketId, version };
  if (move === 'assign') defaults.servicePointId = assign?.suggestedId ?? '';
  if (move === 'dispatch') defaults.engineerId = '';
  if (WITH_REASON.has(move)) defaults.reason = '';
  if (move === 'resolve') defaults.resolution = '';
  const submit = async (values: MoveInput): Promise<ActionResult<{ id: string; status: string; version: number }>> => {
    const r = await moveTicketAction(values);
    if (!r.ok) setStale(r.code === 'CONFLICT' || r.code === 'INVALID_TRANSITION');
    return r;
  };
  const { form, onSubmit, pending, message } = useActionForm(moveSchema, submit, {
    defaultValues: defaults as never,
    onSuccess: () => {
      onDone(t('moved'));
      router.refresh();
    },
  });
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
  const reg = (name: string) => form.register(name as never);
  const label = t(`moves.${move}`);

  return (
    <form onSubmit={onSubmit} noValidate className={compact ? 'contents' : 'space-y-3'} aria-label={label}>
      {message && !compact ? (
        <Alert tone={message.tone}>
          <span className="block">{message.text}</span>
          {stale ? <StaleNotice /> : null}
        </Alert>
      ) : null}
      {move === 'assign' ? (
        assign?.points.length ? (
          <SelectField label={t('detail.servicePointLabel')} error={errors.servicePointId?.message} {...reg('servicePointId')}>
            <option value="">{t('detail.choosePoint')}</option>
            {assign.points.map((p) => (
              <option key={p.id} value={p.id}>
                {p.id === assign.suggestedId ? t('detail.suggested', { name: p.name }) : p.region ? `${p.name} (${p.region})` : p.name}
              </option>
            ))}
          </SelectField>
        ) : (
          <p className="text-sm text-slate-600">{t('detail.noPoints')}</p>
        )
      ) : null}
      {move === 'dispatch' ? (
        dispatch?.engineers.length ? (
          <SelectField label={t('detail.engineerLabel')} error={errors.engineerId?.message} {...reg('engineerId')}>
            <option value="">{t('detail.chooseEngineer')}</option>
            {dispatch.engineers.map((e) => (
              <option key={e.id} value={e.id}>
                {t('detail.engineerOption', { name: e.name, availability: t(e.available ? 'detail.available' : 'detail.unavailable'), count: e.openJobs })}
              </option>
            ))}
          </SelectField>
        ) : (
          <p className="text-sm text-slate-600">{t('detail.noEngineers')}</p>
        )
      ) : null}
      {WITH_REASON.has(move) ? <TextAreaField label={t('detail.reason')} rows={3} maxLength={2000} error={errors.reason?.message} {...reg('reason')} /> : null}
      {move === 'resolve' ? <TextAreaField label={t('detail.resolutionLabel')} rows={4} maxLength={10_000} error={errors.resolution?.message} {...reg('resolution')} /> : null}
      <Button
        type="submit"
        pending={pending}
        variant={move === 'decline' ? 'secondary' : 'primary'}
        size={compact ? 'sm' : 'md'}
        disabled={(move === 'assign' && !assign?.points.length) || (move === 'dispatch' && !dispatch?.engineers.length)}
      >
        {label}
      </Button>
      {message && compact ? (
        <span className="basis-full">
          <Alert tone={message.tone}>
            <span className="block">{message.text}</span>
            {stale ? <StaleNotice /> : null}
          </Alert>
        </span>
      ) : null}
    </form>
  );
}

type PanelProps = { ticketId: string; version: number; moves: TicketMove[]; assign: AssignData; dispatch: DispatchData };

/** Buttons for moves without input, small forms for the others. */
function MovePanel({ ticketId, version, moves, assign, dispatch, onDone }: PanelProps & { onDone: (text: string) => void }) {
  const t = useTranslations('tickets');
  const setDone = onDone;
  const plain = moves.filter((m) => PLAIN.has(m));
  const withInput = moves.filter((m) => !PLAIN.has(m));
  if (!moves.length) return <p className="text-sm text-slate-600">{t('detail.noMoves')}</p>;
  return (
    <div className="space-y-4">
      {plain.length ? (
        <div className="flex flex-wrap items-start gap-2">
          {plain.map((m) => (
            <MoveForm key={m} move={m} ticketId={ticketId} version={version} assign={assign} dispatch={dispatch} onDone={setDone} compact />
          ))}
        </div>
      ) : null}
      {withInput.map((m) => (
        <details key={m} open={withInput.length === 1 || m === 'assign' || m === 'dispatch' || m === 'resolve'} className="rounded-md ring-1 ring-slate-200">
          <summary className="cursor-pointer rounded-md px-3 py-2 text-sm font-medium hover:bg-slate-50">{t(`moves.${m}`)}</summary>
          <div className="space-y-3 px-3 pb-3">
            <p className="text-xs text-slate-600">{t(`moveHelp.${m}`)}</p>
            <MoveForm move={m} ticketId={ticketId} version={version} assign={assign} dispatch={dispatch} onDone={setDone} />
          </div>
        </details>
      ))}
    </div>
  );
}

/**
 * The moves the server said this caller may make now. The panel is keyed by the ticket's version, so
 * after a successful move (and the refresh that brings the new version) every form starts afresh;
 * the confirmation lives outside it and survives that.
 */
export function TicketActions(props: PanelProps) {
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="space-y-4">
      <div aria-live="polite">{done ? <Alert tone="success">{done}</Alert> : null}</div>
      <MovePanel key={props.version} {...props} onDone={setDone} />
    </div>
  );
}
