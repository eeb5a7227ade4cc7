import type { UseFormRegisterReturn } from 'react-hook-form';

/** A field people never see or reach with the keyboard; bots that fill every input give themselves away. */
export function Honeypot({ label, registration }: { label: string; registration: UseFormRegisterReturn }) {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] top-auto size-px overflow-hidden">
      <label>
        {label}
        <input type="text" tabIndex={-1} autoComplete="off" {...registration} />
      </label>
    </div>
  );
}
