import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { SelectField, TextField } from '@/components/ui/field';
import { SLA_STATES, TICKET_CATEGORIES, TICKET_PRIORITIES, TICKET_STATUSES } from '@/lib/tickets/constants';
import { filtersToParams, type TicketFilters } from '@/lib/tickets/filters';

type Option = { id: string; name: string };

/**
 * The queue's filter fields, inside the page's GET <FilterForm>. Status is a multi-choice in a
 * disclosure (nothing ticked = every open status, the default queue).
 */
export function QueueFilterFields({ f, points, engineers, customerName }: { f: TicketFilters; points: Option[]; engineers: Option[]; customerName: string | null }) {
  const t = useTranslations('tickets');
  const statusSummary = f.statusMode === 'all' ? t('queue.statusAll') : f.statusMode === 'open' ? t('queue.statusOpen') : t('queue.statusSome', { count: f.statuses.length });
  const chipless = filtersToParams(f, { customer: undefined, page: undefined });
  return (
    <>
      <div className="w-full sm:w-80">
        <TextField label={t('queue.searchLabel')} type="search" name="q" defaultValue={f.q ?? ''} placeholder={t('queue.searchPlaceholder')} maxLength={100} />
      </div>
      <div className="w-full sm:w-56">
        <span className="block text-sm font-medium text-slate-800">{t('columns.status')}</span>
        <details className="relative mt-1">
          <summary className="block cursor-pointer rounded-md bg-white px-3 py-2 text-sm ring-1 ring-slate-300">{statusSummary}</summary>
          <fieldset className="absolute z-20 mt-1 w-64 space-y-1 rounded-md bg-white p-3 shadow-lg ring-1 ring-slate-200">
            <legend className="sr-only">{t('columns.status')}</legend>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="status" value="all" defaultChecked={f.statusMode === 'all'} className="size-4" />
              {t('queue.statusAll')}
            </label>
            <hr className="my-1 border-slate-200" />
            {TICKET_STATUSES.map((s) => (
              <label key={s} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="status" value={s} defaultChecked={f.statusMode === 'some' && f.statuses.includes(s)} className="size-4" />
                {t(`status.${s}`)}
              </label>
            ))}
            <p className="pt-1 text-xs text-slate-500">{t('queue.statusHint')}</p>
          </fieldset>
        </details>
      </div>
      <div className="w-full sm:w-40">
        <SelectField label={t('columns.sla')} name="sla" defaultValue={f.sla ?? ''}>
          <option value="">{t('queue.any')}</option>
          {SLA_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`sla.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="w-full sm:w-40">
        <SelectField label={t('columns.category')} name="category" defaultValue={f.category ?? ''}>
          <option value="">{t('queue.any')}</option>
          {TICKET_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="w-full sm:w-36">
        <SelectField label={t('columns.priority')} name="priority" defaultValue={f.priority ?? ''}>
          <option value="">{t('queue.any')}</option>
          {TICKET_PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`priority.${p}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {points.length ? (
        <div className="w-full sm:w-48">
          <SelectField label={t('columns.servicePoint')} name="sp" defaultValue={f.servicePointId ?? ''}>
            <option value="">{t('queue.any')}</option>
            {points.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      {engineers.length ? (
        <div className="w-full sm:w-48">
          <SelectField label={t('columns.engineer')} name="engineer" defaultValue={f.engineerId ?? ''}>
            <option value="">{t('queue.any')}</option>
            {engineers.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      <div className="w-full sm:w-40">
        <TextField label={t('queue.from')} type="date" name="from" defaultValue={f.from ?? ''} />
      </div>
      <div className="w-full sm:w-40">
        <TextField label={t('queue.to')} type="date" name="to" defaultValue={f.to ?? ''} />
      </div>
      {/* The sort survives a new search; the page does not (the form has no page field). */}
      <input type="hidden" name="sort" value={f.sort} />
      <input type="hidden" name="dir" value={f.dir} />
      {f.customerId ? (
        <div className="flex w-full items-center gap-2 text-sm">
          <input type="hidden" name="customer" value={f.customerId} />
          <span className="rounded-full bg-brand-50 px-3 py-1 text-brand-800">{t('queue.customerFilter', { name: customerName ?? '—' })}</span>
          <Link href={`/staff/tickets?${chipless.toString()}`} aria-label={t('queue.removeCustomer')} className="rounded-md px-2 py-1 no-underline hover:bg-slate-100">
            ✕
          </Link>
        </div>
      ) : null}
    </>
  );
}
