'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState, useTransition } from 'react';
import { Alert } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { applyRuleAction } from '@/lib/isp/upgrades/actions';

/** On a subscription's page: apply one of the open rules to this subscriber (eligibility is re-checked). */
export function ApplyRuleForm({ subscriptionId, rules }: { subscriptionId: string; rules: Array<{ id: string; name: string }> }) {
  const t = useTranslations('ispOps.upgrades');
  const te = useTranslations('errors');
  const router = useRouter();
  const id = useId();
  const [ruleId, setRuleId] = useState(rules[0]?.id ?? '');
  const [msg, setMsg] = useState<{ tone: 'success' | 'error' | 'warning'; text: string } | null>(null);
  const [pending, start] = useTransition();
  if (!rules.length) return <p className="text-sm text-slate-600">{t('noOpenRules')}</p>;
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          try {
            const r = await applyRuleAction({ ruleId, subscriptionIds: [subscriptionId] });
            if (!r.ok) setMsg({ tone: 'error', text: r.message });
            else if (r.data.applied) {
              setMsg({ tone: 'success', text: t('appliedOne') });
              router.refresh();
            } else setMsg({ tone: 'warning', text: t('notEligibleOne') });
          } catch {
            setMsg({ tone: 'error', text: te('network') });
          }
        });
      }}
    >
      {msg ? <Alert tone={msg.tone}>{msg.text}</Alert> : null}
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {t('rule')}
        </label>
        <select
          id={id}
          value={ruleId}
          onChange={(e) => setRuleId(e.target.value)}
          className="block w-full rounded-md border-0 px-3 py-2 text-sm ring-1 ring-slate-300"
        >
          {rules.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" pending={pending}>
        {t('applyToThis')}
      </Button>
    </form>
  );
}
