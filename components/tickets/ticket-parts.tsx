import { useFormatter, useTranslations } from 'next-intl';
import { EmptyState, Badge } from '@/components/ui/card';
import type { TicketAttachment, TicketComment, TicketStep, TimelineEntry } from '@/lib/tickets/dto';

// Read-only pieces of the ticket pages. Every user-written text is rendered as a React text node
// (escaped), with line breaks kept by CSS — never as HTML (C15, S21).

export function Paragraphs({ text }: { text: string }) {
  return <p className="whitespace-pre-wrap break-words text-sm text-slate-800">{text}</p>;
}

const sizeFormats = {
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
  id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }),
};

function fileSize(bytes: number, locale: string) {
  const nf = locale === 'en' ? sizeFormats.en : sizeFormats.id;
  return bytes >= 1024 * 1024 ? `${nf.format(bytes / 1024 / 1024)} MB` : `${nf.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

export function AttachmentList({ items, locale }: { items: TicketAttachment[]; locale: string }) {
  const t = useTranslations('tickets.detail');
  const format = useFormatter();
  if (!items.length) return <p className="text-sm text-slate-600">{t('noAttachments')}</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {items.map((a) => (
        <li key={a.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
          <a href={`/files/${a.id}`} target="_blank" rel="noopener noreferrer" className="min-w-0 break-all font-medium">
            {a.name}
          </a>
          <span className="text-xs text-slate-500">
            {fileSize(a.size, locale)} · {format.dateTime(a.createdAt, 'short')}
            {a.uploadedByName ? ` · ${t('uploadedBy', { name: a.uploadedByName })}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function CommentList({ items, customerView }: { items: TicketComment[]; customerView?: boolean }) {
  const t = useTranslations('tickets.detail');
  const tr = useTranslations('roles');
  const format = useFormatter();
  if (!items.length) return <EmptyState>{t('noComments')}</EmptyState>;
  const who = (c: TicketComment) => {
    if (c.mine) return t('you');
    if (customerView) return c.authorKind === 'customer' ? (c.authorName ?? t('customerAuthor')) : `${c.authorName ?? t('staffAuthor')} (${t('staffAuthor')})`;
    const role = c.authorKind && tr.has(c.authorKind as never) ? tr(c.authorKind as never) : null;
    return c.authorName ? (role ? `${c.authorName} · ${role}` : c.authorName) : t('unknownAuthor');
  };
  return (
    <ol className="space-y-3">
      {items.map((c) => (
        <li key={c.id} className={c.internal ? 'rounded-md bg-amber-50 p-3 ring-1 ring-amber-200' : 'rounded-md bg-slate-50 p-3 ring-1 ring-slate-200'}>
          <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
            <span className="font-semibold text-slate-800">{who(c)}</span>
            <span>{format.dateTime(c.createdAt, 'short')}</span>
            {c.internal ? <Badge tone="amber">{t('internalBadge')}</Badge> : null}
          </div>
          <Paragraphs text={c.body} />
        </li>
      ))}
    </ol>
  );
}

export function StepList({ steps, showBy }: { steps: TicketStep[]; showBy: boolean }) {
  const t = useTranslations('tickets');
  const format = useFormatter();
  return (
    <ol className="space-y-2 text-sm">
      {steps.map((s) => (
        <li key={s.key} className="flex gap-3">
          <span aria-hidden className={s.at ? 'mt-1.5 size-2.5 shrink-0 rounded-full bg-brand-700' : 'mt-1.5 size-2.5 shrink-0 rounded-full ring-1 ring-slate-300'} />
          <span className={s.at ? 'text-slate-900' : 'text-slate-400'}>
            <span className="font-medium">{t(`steps.${s.key}`)}</span>
            {s.at ? (
              <span className="text-slate-600">
                {' · '}
                {format.dateTime(s.at, 'short')}
                {showBy && s.by ? ` · ${t('detail.stepBy', { name: s.by })}` : ''}
              </span>
            ) : (
              <span> · —</span>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}

const KNOWN = new Set(['create', 'assign', 'accept', 'dispatch', 'confirm', 'decline', 'start', 'pend', 'resume', 'resolve', 'close', 'document', 'reopen', 'comment', 'comment_internal', 'change_plan', 'attach', 'delete']);

export function Timeline({ items }: { items: TimelineEntry[] }) {
  const t = useTranslations('tickets');
  const tr = useTranslations('roles');
  const format = useFormatter();
  if (!items.length) return <p className="text-sm text-slate-600">{t('detail.timelineEmpty')}</p>;
  return (
    <ol className="space-y-3 border-l border-slate-200 pl-4 text-sm">
      {items.map((e) => {
        const key = e.action.replace(/^ticket\./, '');
        const what = t(`timelineActions.${KNOWN.has(key) ? key : 'other'}` as never);
        const target = e.servicePointName
          ? t('detail.timelineAssign', { name: e.servicePointName })
          : e.engineerName
            ? t('detail.timelineDispatch', { name: e.engineerName })
            : e.planName
              ? t('detail.timelinePlan', { name: e.planName })
              : null;
        return (
          <li key={e.id}>
            <p>
              <span className="font-medium">{e.actorName ?? t('system')}</span>
              {e.actorRole && tr.has(e.actorRole as never) ? <span className="text-slate-500"> ({tr(e.actorRole as never)})</span> : null} {what}
              {target ? ` ${target}` : ''}
            </p>
            <p className="text-xs text-slate-500">{format.dateTime(e.at, 'short')}</p>
            {e.reason ? <p className="mt-1 whitespace-pre-wrap break-words text-slate-700">“{e.reason}”</p> : null}
            {e.resolution ? <p className="mt-1 whitespace-pre-wrap break-words text-slate-700">{e.resolution}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** Label/value pairs as a description list. */
export function Facts({ items }: { items: Array<{ label: string; value: React.ReactNode }> }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      {items.map((i) => (
        <div key={i.label} className="min-w-0">
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{i.label}</dt>
          <dd className="mt-0.5 break-words text-slate-900">{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}
