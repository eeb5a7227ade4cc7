'use client';
import { useTranslations } from 'next-intl';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/card';
import type { FormMessage } from '@/components/forms/use-action-form';

type Flash = NonNullable<FormMessage>;
type State = { flash: Flash | null; focus: number };
type Show = (f: Flash | null, opts?: { focus?: boolean }) => void;
const FlashContext = createContext<{ state: State; show: Show } | null>(null);

/**
 * One message area per admin page for results of list actions (delete, disable, resend…). A row that
 * just disappeared cannot show its own result, so it lands here, in a live region that stays in view.
 */
export function FlashProvider({ children, initial = null }: { children: ReactNode; initial?: Flash | null }) {
  const [state, setState] = useState<State>({ flash: initial, focus: 0 });
  // `focus` moves keyboard focus to the message: for actions whose control disappears (a deleted row).
  const show = useCallback<Show>((flash, opts) => setState((s) => ({ flash, focus: opts?.focus ? s.focus + 1 : s.focus })), []);
  const value = useMemo(() => ({ state, show }), [state, show]);
  return <FlashContext.Provider value={value}>{children}</FlashContext.Provider>;
}

export function useFlash() {
  const ctx = useContext(FlashContext);
  if (!ctx) throw new Error('useFlash outside <FlashProvider>');
  return ctx.show;
}

export function FlashOutlet() {
  const ctx = useContext(FlashContext);
  const t = useTranslations('common');
  const flash = ctx?.state.flash;
  const focus = ctx?.state.focus ?? 0;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) box.current?.focus();
  }, [focus]);
  return (
    <div aria-live="polite" className="sticky top-16 z-20">
      {flash ? (
        <div ref={box} tabIndex={-1} className="mb-4 flex items-start gap-2 shadow-sm">
          <div className="flex-1">
            <Alert tone={flash.tone}>{flash.text}</Alert>
          </div>
          <button type="button" onClick={() => ctx?.show(null)} className="rounded-md px-2 py-2 text-sm text-slate-600 hover:bg-slate-100">
            {t('close')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
