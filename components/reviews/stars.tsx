/** Read-only star rating (rounded to the nearest half is not needed: whole stars, labelled). */
export function Stars({ value, label }: { value: number; label: string }) {
  const full = Math.round(value);
  return (
    <span role="img" aria-label={label} className="inline-flex text-amber-500">
      {[1, 2, 3, 4, 5].map((n) => (
        <span key={n} aria-hidden className={n <= full ? '' : 'text-slate-300'}>
          ★
        </span>
      ))}
    </span>
  );
}
