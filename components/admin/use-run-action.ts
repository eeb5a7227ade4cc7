'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useTransition } from 'react';
import type { ActionResult } from '@/lib/auth/action';
import { useFlash } from './flash';

/**
 * Runs a list action (no form) and reports to the page's flash area: the translated server message
 * on failure, `success(data)` on success, then re-renders the server page with fresh rows.
 */
export function useRunAction() {
  const t = useTranslations('errors');
  const flash = useFlash();
  const router = useRouter();
  const [pending, start] = useTransition();

  function run<T>(call: () => Promise<ActionResult<T>>, success: (data: T) => string, opts?: { focus?: boolean }): Promise<boolean> {
    return new Promise((resolve) => {
      start(async () => {
        try {
          const r = await call();
          if (r.ok) {
            flash({ tone: 'success', text: success(r.data) }, opts);
            router.refresh();
            resolve(true);
          } else {
            flash({ tone: 'error', text: r.message }, opts);
            resolve(false);
          }
        } catch {
          flash({ tone: 'error', text: t('network') }, opts);
          resolve(false);
        }
      });
    });
  }

  return { run, pending };
}
