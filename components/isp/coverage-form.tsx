'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useRunAction } from '@/components/admin/use-run-action';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { addCoverageAction } from '@/lib/isp/coverage/actions';
import { AreaPicker, type AreaChoice } from './area-picker';

/** Mark a district (all its villages) or one village covered, for every plan or one; waiting leads there hear of it once. */
export function CoverageForm({ plans }: { plans: Array<{ id: string; name: string }> }) {
  const t = useTranslations('isp.coverage');
  const { run, pending } = useRunAction();
  const [choice, setChoice] = useState<AreaChoice>(null);
  const [planId, setPlanId] = useState('');
  const [pickerKey, setPickerKey] = useState(0);
  const [tried, setTried] = useState(false);
  const submit = async () => {
    setTried(true);
    if (!choice) return;
    const ok = await run(
      () => addCoverageAction({ areaCode: choice.code, planId }),
      (d) => t('added', { name: d.name, count: d.notified }),
    );
    if (ok) {
      setChoice(null);
      setTried(false);
      setPickerKey((k) => k + 1);
    }
  };
  return (
    <form
      className="space-y-4"
      aria-label={t('addTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <AreaPicker key={pickerKey} villageOptional onChange={setChoice} error={tried && !choice ? 'isp.coverage.errors.districtOrVillage' : undefined} />
      <div className="max-w-sm">
        <SelectField label={t('forPlan')} value={planId} onChange={(e) => setPlanId(e.target.value)} hint={t('forPlanHint')}>
          <option value="">{t('allPlans')}</option>
          {plans.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" pending={pending}>
        {choice ? t(choice.level === 'district' ? 'addDistrict' : 'addVillage', { name: choice.names[choice.names.length - 1] }) : t('add')}
      </Button>
    </form>
  );
}
