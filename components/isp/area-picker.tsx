'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { cn } from '@/components/ui/cn';
import { useErrorText } from '@/components/ui/field';
import { codePath } from '@/lib/isp/areas/codes';
import type { AreaLevel } from '@/lib/isp/constants';

export type AreaOption = { code: string; name: string };
export type AreaChoice = { code: string; level: AreaLevel; names: string[] } | null;

const LEVELS: AreaLevel[] = ['province', 'regency', 'district', 'village'];

// Areas never change while a page is open: one request per parent, shared by every picker.
const cache = new Map<string, Promise<AreaOption[]>>();
function loadChildren(parent: string | null): Promise<AreaOption[]> {
  const key = parent ?? '';
  let p = cache.get(key);
  if (!p) {
    p = fetch(`/api/coverage/areas${parent ? `?parent=${encodeURIComponent(parent)}` : ''}`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((j: { areas: AreaOption[] }) => j.areas);
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}

const control =
  'block w-full rounded-md border-0 bg-white px-3 py-2.5 text-base text-slate-900 ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-700 focus:outline-none disabled:bg-slate-50 disabled:text-slate-400 aria-[invalid=true]:ring-red-600 sm:text-sm';

/**
 * Province → regency/city → district → village as four native selects, each filled from
 * /api/coverage/areas?parent=… when the one above is chosen. Native selects open the phone's own
 * picker, type-ahead works on desktop, and every select has a visible label. `depth` stops at the
 * district for forms that mark whole districts; with `villageOptional` a district alone is a choice.
 */
export function AreaPicker({
  depth = 'village',
  villageOptional = false,
  anyLevel = false,
  initialCode,
  onChange,
  error,
  disabled,
}: {
  depth?: 'district' | 'village';
  villageOptional?: boolean;
  /** Every selection counts, from a whole province down to a village (where a plan is sold). */
  anyLevel?: boolean;
  initialCode?: string | null;
  onChange: (choice: AreaChoice) => void;
  error?: string;
  disabled?: boolean;
}) {
  const t = useTranslations('isp.coverage');
  const errorText = useErrorText()(error);
  const baseId = useId();
  const levels = LEVELS.slice(0, depth === 'village' ? 4 : 3);
  const [selected, setSelected] = useState<string[]>(() => (initialCode ? codePath(initialCode).slice(0, levels.length) : []));
  const [options, setOptions] = useState<Array<AreaOption[] | null>>(() => levels.map(() => null));
  const [failed, setFailed] = useState(false);
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  });

  // Load the list of every level whose parent is chosen (the first list needs no parent).
  const parents = levels.map((_, i) => (i === 0 ? '' : (selected[i - 1] ?? null)));
  const parentsKey = parents.join('|');
  useEffect(() => {
    let live = true;
    parents.forEach((parent, i) => {
      if (parent === null) return;
      loadChildren(parent || null)
        .then((list) => {
          if (live) setOptions((o) => (o[i] === list ? o : o.map((x, j) => (j === i ? list : x))));
        })
        .catch(() => live && setFailed(true));
    });
    return () => {
      live = false;
    };
    // parentsKey stands for `parents`
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [parentsKey]);

  const choose = (i: number, code: string) => {
    const next = [...selected.slice(0, i), ...(code ? [code] : [])];
    setSelected(next);
    setOptions((o) => o.map((x, j) => (j > i ? null : x)));
    const deepest = next.length - 1;
    const enough = anyLevel ? next.length > 0 : next.length === levels.length || (villageOptional && next.length === 3);
    if (!enough || deepest < 0) return changed.current(null);
    const names = next.map((c, j) => options[j]?.find((a) => a.code === c)?.name ?? c);
    changed.current({ code: next[deepest], level: LEVELS[deepest], names });
  };

  return (
    <fieldset className="space-y-3" aria-describedby={errorText ? `${baseId}-error` : undefined}>
      <legend className="sr-only">{t('areaLegend')}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        {levels.map((level, i) => {
          const list = options[i];
          const enabled = !disabled && (i === 0 || !!selected[i - 1]);
          const optional = (villageOptional && level === 'village') || (anyLevel && i > 0);
          return (
            <div key={level} className="space-y-1">
              <label htmlFor={`${baseId}-${level}`} className="block text-sm font-medium text-slate-800">
                {t(`levels.${level}`)}
                {optional ? <span className="ml-1 font-normal text-slate-500">({anyLevel ? t('wholeArea') : t('wholeDistrict')})</span> : null}
              </label>
              <select
                id={`${baseId}-${level}`}
                className={cn(control)}
                value={selected[i] ?? ''}
                disabled={!enabled || (enabled && !list)}
                aria-invalid={errorText && !selected[i] && enabled ? true : undefined}
                aria-busy={enabled && !list ? true : undefined}
                onChange={(e) => choose(i, e.target.value)}
              >
                <option value="">{enabled && !list ? t('loading') : optional ? t(anyLevel ? 'allOf' : 'allVillages') : t(`choose.${level}`)}</option>
                {(list ?? []).map((a) => (
                  <option key={a.code} value={a.code}>
                    {a.name}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
      {failed ? (
        <p role="alert" className="text-xs font-medium text-red-700">
          {t('loadFailed')}
        </p>
      ) : null}
      {errorText ? (
        <p id={`${baseId}-error`} className="text-xs font-medium text-red-700">
          {errorText}
        </p>
      ) : null}
    </fieldset>
  );
}
