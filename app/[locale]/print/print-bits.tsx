import type { ReactNode } from 'react';

/** A label/value table for documents: rows stay together on paper. */
export function InfoTable({ rows }: { rows: Array<[ReactNode, ReactNode]> }) {
  return (
    <table className="w-full border-collapse text-sm">
      <tbody>
        {rows.map(([label, value], i) => (
          <tr key={i} className="break-inside-avoid align-top">
            <th scope="row" className="w-44 py-0.5 pr-3 text-left font-medium text-slate-600">
              {label}
            </th>
            <td className="py-0.5 whitespace-pre-wrap break-words">{value ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Section({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <section className="mb-4 break-inside-avoid-page">
      <h2 className="mb-1.5 border-b border-slate-300 pb-0.5 text-sm font-bold uppercase tracking-wide">{title}</h2>
      {children}
    </section>
  );
}

/** Signature blocks with room to sign, side by side. */
export function SignatureBlocks({ blocks }: { blocks: Array<{ role: ReactNode; name?: ReactNode; image?: ReactNode }> }) {
  return (
    <div className="mt-8 grid break-inside-avoid gap-6" style={{ gridTemplateColumns: `repeat(${blocks.length}, minmax(0, 1fr))` }}>
      {blocks.map((b, i) => (
        <div key={i} className="text-center text-sm">
          <p>{b.role}</p>
          <div className="flex h-24 items-center justify-center print:h-20">{b.image ?? null}</div>
          <p className="border-t border-slate-800 pt-1 font-medium">{b.name ?? '\u00a0'}</p>
        </div>
      ))}
    </div>
  );
}
