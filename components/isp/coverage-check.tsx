'use client';
import Link from '@/components/public/link';
import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { buttonClass } from '@/components/ui/button';
import { Alert } from '@/components/ui/card';
import { formatRupiah } from '@/lib/format/money';
import { levelOfCode } from '@/lib/isp/areas/codes';
import { AreaPicker, type AreaChoice } from './area-picker';
import { WaitingListForm } from './waiting-list-form';

type Plan = { id: string; name: string; slug: string; downloadMbps: number; uploadMbps: number; monthlyPriceIdr: number; installationFeeIdr: number };
type Answer = { village: string; place: string; covered: boolean; plans: Plan[] } | { village: string; place: string; error: true };

/**
 * The public coverage check: pick the village, then either "covered — choose a plan" (plans sold
 * there, each linking to the sign-up) or "not covered yet — join the waiting list". The answer is
 * announced in a live region; the village stays in the URL (?village=) so the result can be shared.
 */
export function CoverageCheck({ plans }: { plans: Array<{ id: string; name: string }> }) {
  const t = useTranslations('isp.coverage');
  const params = useSearchParams();
  const fromUrl = params.get('village');
  const initial = fromUrl && levelOfCode(fromUrl) === 'village' ? fromUrl : null;
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [checking, setChecking] = useState(false);
  const request = useRef(0);

  const check = async (village: string, place: string) => {
    const mine = ++request.current;
    setChecking(true);
    try {
      const r = await fetch(`/api/coverage/lookup?village=${encodeURIComponent(village)}`);
      const j = await r.json();
      if (mine !== request.current) return;
      setAnswer(r.ok ? { village, place, covered: j.covered, plans: j.plans } : { village, place, error: true });
    } catch {
      if (mine === request.current) setAnswer({ village, place, error: true });
    } finally {
      if (mine === request.current) setChecking(false);
    }
  };

  // A shared link (?village=…) answers at once; the picker fills itself from the code.
  const started = useRef(false);
  useEffect(() => {
    if (initial && !started.current) {
      started.current = true;
      void check(initial, '');
    }
  });

  const onChange = (choice: AreaChoice) => {
    // Next syncs history.replaceState into useSearchParams: the shared-link check must not run again.
    started.current = true;
    if (!choice) {
      request.current++;
      setAnswer(null);
      setChecking(false);
      return;
    }
    const place = [...choice.names].reverse().slice(0, 2).join(', ');
    const url = new URL(window.location.href);
    url.searchParams.set('village', choice.code);
    window.history.replaceState(null, '', url);
    void check(choice.code, place);
  };

  return (
    <div className="space-y-6">
      <AreaPicker initialCode={initial} onChange={onChange} />
      <div aria-live="polite" aria-busy={checking}>
        {checking ? <p className="text-sm text-slate-600">{t('checking')}</p> : null}
        {!checking && answer && 'error' in answer ? <Alert tone="error">{t('lookupFailed')}</Alert> : null}
        {!checking && answer && !('error' in answer) && answer.covered ? (
          <section aria-labelledby="covered-heading" className="space-y-4">
            <Alert tone="success">
              <h2 id="covered-heading" className="font-semibold">
                {t('coveredTitle')}
              </h2>
              <p className="mt-1">{answer.place ? t('coveredBodyAt', { place: answer.place }) : t('coveredBody')}</p>
            </Alert>
            <ul className="grid gap-3 sm:grid-cols-2">
              {answer.plans.map((p) => (
                <li key={p.id} className="flex flex-col rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
                  <p className="font-semibold">{p.name}</p>
                  <p className="text-sm text-slate-600">{t('speed', { down: p.downloadMbps, up: p.uploadMbps })}</p>
                  <p className="mt-1 text-lg font-semibold">
                    {formatRupiah(p.monthlyPriceIdr)}
                    <span className="text-sm font-normal text-slate-500"> {t('perMonth')}</span>
                  </p>
                  <Link
                    href={`/internet/daftar?${new URLSearchParams({ plan: p.slug, village: answer.village }).toString()}`}
                    className={`${buttonClass('primary', 'sm')} mt-3`}
                    aria-label={t('signUpFor', { name: p.name })}
                  >
                    {t('signUp')}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {!checking && answer && !('error' in answer) && !answer.covered ? (
          <section className="space-y-4">
            <Alert tone="warning">
              <h2 className="font-semibold">{t('notCoveredTitle')}</h2>
              <p className="mt-1">{t('notCoveredBody')}</p>
            </Alert>
            <div className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
              <WaitingListForm key={answer.village} villageCode={answer.village} place={answer.place || t('yourVillage')} plans={plans} />
            </div>
          </section>
        ) : null}
      </div>
    </div>
  );
}
