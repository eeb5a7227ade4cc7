'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useFlash } from '@/components/admin/flash';
import { ActionButton } from '@/components/ui/action-button';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { EmptyState } from '@/components/ui/card';
import { applyRuleAction, applyRuleToAllAction } from '@/lib/isp/upgrades/actions';

export type EligibleItem = { id: string; customerName: string; planName: string; start: string; tenure: string; speed: string; area: string };

/** One page of eligible subscribers with checkboxes: apply to the ticked ones, or to everyone eligible. */
export function EligibleTable({ ruleId, items, total, ruleName }: { ruleId: string; items: EligibleItem[]; total: number; ruleName: string }) {
  const t = useTranslations('ispOps.upgrades');
  const te = useTranslations('errors');
  const flash = useFlash();
  const router = useRouter();
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [pending, start] = useTransition();
  const [progress, setProgress] = useState<{ applied: number; skipped: number } | null>(null);
  const all = items.length > 0 && items.every((i) => picked.has(i.id));

  const applySelected = () =>
    start(async () => {
      try {
        const r = await applyRuleAction({ ruleId, subscriptionIds: [...picked] });
        if (!r.ok) return flash({ tone: 'error', text: r.message });
        flash({ tone: r.data.skipped ? 'warning' : 'success', text: t('appliedMany', { applied: r.data.applied, skipped: r.data.skipped }) });
        setPicked(new Set());
        router.refresh();
      } catch {
        flash({ tone: 'error', text: te('network') });
      }
    });

  // Batches until the server says nothing eligible is left; each call is short, so nothing times out.
  const applyAll = async () => {
    let afterId = '';
    let applied = 0;
    let skipped = 0;
    setProgress({ applied, skipped });
    try {
      for (let i = 0; i < 10_000; i++) {
        const r = await applyRuleToAllAction({ ruleId, afterId });
        if (!r.ok) {
          flash({ tone: 'error', text: r.message });
          break;
        }
        applied += r.data.applied;
        skipped += r.data.skipped;
        setProgress({ applied, skipped });
        if (r.data.done || !r.data.lastId) {
          flash({ tone: skipped ? 'warning' : 'success', text: t('appliedMany', { applied, skipped }) });
          break;
        }
        afterId = r.data.lastId;
      }
    } catch {
      flash({ tone: 'error', text: te('network') });
    } finally {
      setProgress(null);
      setPicked(new Set());
      router.refresh();
    }
  };

  if (!items.length) return <EmptyState>{t('noneEligible')}</EmptyState>;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" onClick={applySelected} pending={pending} disabled={!picked.size || !!progress}>
          {t('applySelected', { count: picked.size })}
        </Button>
        <ConfirmButton
          variant="secondary"
          size="md"
          title={t('applyAllTitle')}
          body={t('applyAllConfirm', { count: total, rule: ruleName })}
          confirmLabel={t('applyAllButton', { count: total })}
          busy={!!progress || pending}
          onConfirm={applyAll}
        >
          {t('applyAllButton', { count: total })}
        </ConfirmButton>
        {progress ? (
          <p role="status" className="text-sm text-slate-700">
            {t('progress', { applied: progress.applied, skipped: progress.skipped, total })}
          </p>
        ) : null}
      </div>
      <div
        role="region"
        aria-label={t('eligibleCaption')}
        tabIndex={0}
        className="relative overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200"
      >
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
          <caption className="sr-only">{t('eligibleCaption')}</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="w-10 px-3 py-2.5">
                <input
                  type="checkbox"
                  aria-label={t('selectPage')}
                  checked={all}
                  onChange={(e) => setPicked(e.target.checked ? new Set(items.map((i) => i.id)) : new Set())}
                  className="size-4 rounded border-slate-300"
                />
              </th>
              <th scope="col" className="px-3 py-2.5 font-semibold">
                {t('customer')}
              </th>
              <th scope="col" className="px-3 py-2.5 font-semibold">
                {t('plan')}
              </th>
              <th scope="col" className="whitespace-nowrap px-3 py-2.5 font-semibold">
                {t('since')}
              </th>
              <th scope="col" className="px-3 py-2.5 font-semibold">
                {t('tenure')}
              </th>
              <th scope="col" className="px-3 py-2.5 font-semibold">
                {t('speedNow')}
              </th>
              <th scope="col" className="px-3 py-2.5 font-semibold">
                {t('area')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((i) => (
              <tr key={i.id} className="align-top">
                <td className="px-3 py-2">
                  <input
                    type="checkbox"
                    aria-label={t('selectOne', { name: i.customerName })}
                    checked={picked.has(i.id)}
                    onChange={(e) =>
                      setPicked((s) => {
                        const n = new Set(s);
                        if (e.target.checked) n.add(i.id);
                        else n.delete(i.id);
                        return n;
                      })
                    }
                    className="size-4 rounded border-slate-300"
                  />
                </td>
                <th scope="row" className="px-3 py-2 font-medium">
                  <a href={`/staff/isp/subscriptions/${i.id}`}>{i.customerName}</a>
                </th>
                <td className="px-3 py-2">{i.planName}</td>
                <td className="whitespace-nowrap px-3 py-2">{i.start}</td>
                <td className="whitespace-nowrap px-3 py-2 tabular-nums">{i.tenure}</td>
                <td className="whitespace-nowrap px-3 py-2 tabular-nums">{i.speed}</td>
                <td className="px-3 py-2">{i.area}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {picked.size ? (
        <ActionButton variant="ghost" onClick={() => setPicked(new Set())}>
          {t('clearSelection')}
        </ActionButton>
      ) : null}
    </div>
  );
}
