'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { countSegmentAction } from '@/lib/segments/actions';
import type { Criterion, CriterionDescriptor } from '@/lib/segments/schemas';

type Value = Criterion['value'];

function defaultValue(d: CriterionDescriptor): Value {
  switch (d.input.kind) {
    case 'select':
      return [];
    case 'number':
      return Math.max(d.input.min, Math.min(d.input.max, 30));
    case 'date':
      return { from: '', to: '' };
    case 'boolean':
      return true;
    default:
      return '';
  }
}

/** Drops what the browser can tell is incomplete, so the server only counts finished criteria. */
export function cleanCriteria(list: Criterion[], catalog: CriterionDescriptor[]): { criteria: Criterion[]; complete: boolean } {
  let complete = true;
  const out: Criterion[] = [];
  for (const c of list) {
    const d = catalog.find((x) => x.key === c.key);
    if (!d) continue;
    let v = c.value;
    if (d.input.kind === 'date' && v && typeof v === 'object' && !Array.isArray(v)) {
      const r = v as { from?: string; to?: string };
      v = { ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}) };
      if (!r.from && !r.to) complete = false;
    }
    if (d.input.kind === 'select' && Array.isArray(v) && v.length === 0) complete = false;
    if ((d.input.kind === 'text' || d.input.kind === 'area') && (typeof v !== 'string' || !v.trim())) complete = false;
    if (d.input.kind === 'number' && (typeof v !== 'number' || Number.isNaN(v))) complete = false;
    out.push({ key: c.key, value: v });
  }
  return { criteria: out, complete };
}

/**
 * Picks criteria from the registry (whatever the installed modules registered) and shows how many
 * customers match, live, through a server action: values are validated there again, per criterion.
 */
export function SegmentBuilder({
  catalog,
  value,
  onChange,
  error,
  readOnly = false,
}: {
  catalog: CriterionDescriptor[];
  value: Criterion[];
  onChange?: (next: Criterion[]) => void;
  error?: string;
  /** Show the criteria as text with the live count (a saved segment picked in another form). */
  readOnly?: boolean;
}) {
  const t = useTranslations();
  const ts = useTranslations('segments.builder');
  const addId = useId();
  const [adding, setAdding] = useState('');
  const [result, setResult] = useState<{ payload: string; n?: number; message?: string } | null>(null);
  const seq = useRef(0);
  const label = (key: string) => (t.has(key as never) ? t(key as never) : key);
  const used = new Set(value.map((c) => c.key));
  const unused = catalog.filter((d) => !used.has(d.key));
  const cleaned = useMemo(() => cleanCriteria(value, catalog), [value, catalog]);
  const payload = JSON.stringify(cleaned.criteria);

  useEffect(() => {
    if (!cleaned.complete) return;
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      try {
        const r = await countSegmentAction({ criteria: JSON.parse(payload) });
        if (mine === seq.current) setResult(r.ok ? { payload, n: r.data.count } : { payload, message: r.message });
      } catch {
        if (mine === seq.current) setResult({ payload, message: t('errors.network') });
      }
    }, 350);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t is stable; the payload string is the input
  }, [payload, cleaned.complete]);
  // Derived, not stored: incomplete criteria, a count still on its way, or the answer for these criteria.
  const count: { state: 'loading' | 'ok' | 'error' | 'incomplete'; n?: number; message?: string } = !cleaned.complete
    ? { state: 'incomplete' }
    : result?.payload !== payload
      ? { state: 'loading' }
      : result.message
        ? { state: 'error', message: result.message }
        : { state: 'ok', n: result.n };

  const update = (key: string, v: Value) => onChange?.(value.map((c) => (c.key === key ? { key, value: v } : c)));
  const remove = (key: string) => onChange?.(value.filter((c) => c.key !== key));
  const countLine = (
    <p className="rounded-md bg-brand-50 px-3 py-2 text-sm ring-1 ring-brand-100" role="status" aria-live="polite">
      {count.state === 'ok' ? ts('count', { count: count.n ?? 0 }) : count.state === 'incomplete' ? ts('incomplete') : count.state === 'error' ? count.message : ts('counting')}
    </p>
  );

  if (readOnly) {
    return (
      <div className="space-y-2">
        {value.length === 0 ? (
          <p className="text-sm text-slate-600">{ts('allCustomers')}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {value.map((c) => {
              const d = catalog.find((x) => x.key === c.key);
              return <li key={c.key}>{d ? `${label(d.labelKey)}: ${describeValue(d, c.value, label, ts)}` : ts('unavailable', { key: c.key })}</li>;
            })}
          </ul>
        )}
        {countLine}
      </div>
    );
  }

  return (
    <div className="space-y-4">
      {value.length === 0 ? <p className="text-sm text-slate-600">{ts('allCustomers')}</p> : null}
      <ul className="space-y-3">
        {value.map((c) => {
          const d = catalog.find((x) => x.key === c.key);
          if (!d) {
            return (
              <li key={c.key} className="flex items-center justify-between rounded-md bg-amber-50 p-3 text-sm ring-1 ring-amber-200">
                <span>{ts('unavailable', { key: c.key })}</span>
                <Button type="button" variant="ghost" size="sm" onClick={() => remove(c.key)}>
                  {ts('remove')}
                </Button>
              </li>
            );
          }
          return (
            <li key={c.key} className="rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
              <CriterionInput descriptor={d} value={c.value} onChange={(v) => update(c.key, v)} label={label} />
              <div className="mt-2 flex justify-end">
                <Button type="button" variant="ghost" size="sm" onClick={() => remove(c.key)} aria-label={ts('removeNamed', { name: label(d.labelKey) })}>
                  {ts('remove')}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
      {unused.length ? (
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-56">
            <SelectField id={addId} label={ts('add')} value={adding} onChange={(e) => setAdding(e.target.value)}>
              <option value="">{ts('choose')}</option>
              {unused.map((d) => (
                <option key={d.key} value={d.key}>
                  {label(d.labelKey)}
                </option>
              ))}
            </SelectField>
          </div>
          <Button
            type="button"
            variant="secondary"
            disabled={!adding}
            onClick={() => {
              const d = catalog.find((x) => x.key === adding);
              if (d) onChange?.([...value, { key: d.key, value: defaultValue(d) }]);
              setAdding('');
            }}
          >
            {ts('addButton')}
          </Button>
        </div>
      ) : null}
      {error ? <p className="text-xs font-medium text-red-700">{label(error)}</p> : null}
      {countLine}
    </div>
  );
}

function describeValue(d: CriterionDescriptor, v: Value, label: (k: string) => string, ts: (k: 'yes' | 'no') => string): string {
  if (d.input.kind === 'select' && Array.isArray(v)) {
    const opts = d.input.options;
    return v.map((x) => {
      const o = opts.find((p) => p.value === x);
      return o?.labelKey ? label(o.labelKey) : (o?.label ?? x);
    }).join(', ');
  }
  if (typeof v === 'boolean') return v ? ts('yes') : ts('no');
  if (d.input.kind === 'number' && typeof v === 'number') return d.input.unitKey ? `${v} ${label(d.input.unitKey)}` : String(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const r = v as { from?: string; to?: string };
    return `${r.from || '…'} – ${r.to || '…'}`;
  }
  return String(v);
}

function CriterionInput({ descriptor: d, value, onChange, label }: { descriptor: CriterionDescriptor; value: Value; onChange: (v: Value) => void; label: (k: string) => string }) {
  const ts = useTranslations('segments.builder');
  const id = useId();
  const title = label(d.labelKey);
  const hint = d.descriptionKey ? <p className="mt-0.5 text-xs text-slate-500">{label(d.descriptionKey)}</p> : null;
  const control = 'block w-full rounded-md border-0 bg-white px-3 py-2 text-sm ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-700 focus:outline-none';
  const input = d.input;
  switch (input.kind) {
    case 'select': {
      const chosen = Array.isArray(value) ? value : [];
      if (!input.options.length) return <p className="text-sm text-slate-600">{ts('noOptions', { name: title })}</p>;
      if (!input.multiple) {
        return (
          <div>
            <label htmlFor={id} className="text-sm font-medium">
              {title}
            </label>
            {hint}
            <select id={id} className={control} value={chosen[0] ?? ''} onChange={(e) => onChange(e.target.value ? [e.target.value] : [])}>
              <option value="">{ts('choose')}</option>
              {input.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.labelKey ? label(o.labelKey) : (o.label ?? o.value)}
                </option>
              ))}
            </select>
          </div>
        );
      }
      return (
        <fieldset>
          <legend className="text-sm font-medium">{title}</legend>
          {hint}
          <div className="mt-2 grid max-h-48 gap-1 overflow-y-auto sm:grid-cols-2 lg:grid-cols-3">
            {input.options.map((o) => (
              <label key={o.value} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={chosen.includes(o.value)}
                  onChange={(e) => onChange(e.target.checked ? [...chosen, o.value] : chosen.filter((x) => x !== o.value))}
                />
                {o.labelKey ? label(o.labelKey) : (o.label ?? o.value)}
              </label>
            ))}
          </div>
        </fieldset>
      );
    }
    case 'number':
      return (
        <div>
          <label htmlFor={id} className="text-sm font-medium">
            {title}
          </label>
          {hint}
          <div className="mt-1 flex items-center gap-2">
            <input
              id={id}
              type="number"
              inputMode="numeric"
              min={input.min}
              max={input.max}
              className={`${control} max-w-32`}
              value={typeof value === 'number' && !Number.isNaN(value) ? value : ''}
              onChange={(e) => onChange(e.target.value === '' ? Number.NaN : Math.trunc(Number(e.target.value)))}
            />
            {input.unitKey ? <span className="text-sm text-slate-600">{label(input.unitKey)}</span> : null}
          </div>
        </div>
      );
    case 'date': {
      const r = value && typeof value === 'object' && !Array.isArray(value) ? (value as { from?: string; to?: string }) : {};
      return (
        <fieldset>
          <legend className="text-sm font-medium">{title}</legend>
          {hint}
          <div className="mt-1 grid gap-2 sm:grid-cols-2">
            <label className="text-sm">
              {ts('from')}
              <input type="date" className={control} value={r.from ?? ''} onChange={(e) => onChange({ ...r, from: e.target.value })} />
            </label>
            <label className="text-sm">
              {ts('to')}
              <input type="date" className={control} value={r.to ?? ''} onChange={(e) => onChange({ ...r, to: e.target.value })} />
            </label>
          </div>
        </fieldset>
      );
    }
    case 'boolean':
      return (
        <div>
          <label htmlFor={id} className="text-sm font-medium">
            {title}
          </label>
          {hint}
          <select id={id} className={control} value={value === false ? 'no' : 'yes'} onChange={(e) => onChange(e.target.value === 'yes')}>
            <option value="yes">{ts('yes')}</option>
            <option value="no">{ts('no')}</option>
          </select>
        </div>
      );
    case 'text':
    case 'area':
      return (
        <div>
          <label htmlFor={id} className="text-sm font-medium">
            {title}
          </label>
          {hint}
          <input
            id={id}
            type="text"
            className={control}
            maxLength={input.kind === 'text' ? input.maxLength : 13}
            placeholder={input.kind === 'area' ? ts('areaPlaceholder') : undefined}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => onChange(e.target.value)}
          />
        </div>
      );
  }
}
