'use client';
import { buttonClass } from '@/components/ui/button';

/** Opens the browser's print dialog; hidden on paper. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass('primary', 'sm')}>
      {label}
    </button>
  );
}
