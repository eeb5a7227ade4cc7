import type { ReactNode } from 'react';
import { cn } from './cn';
import { EmptyState } from './card';

export type Column<T> = {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  className?: string;
  /** The column that names the row: rendered as a row header (<th scope="row">). */
  rowHeader?: boolean;
};

/**
 * A plain table that scrolls sideways on phones. The scroll box is focusable and labelled, so keyboard
 * users can scroll it too. It is `relative` so visually hidden (absolute) labels in cells stay inside
 * the scroll box instead of widening the whole page on phones. No client code: cells may render
 * client components (row actions).
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
}: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  empty: ReactNode;
}) {
  if (!rows.length) return <EmptyState>{empty}</EmptyState>;
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="relative overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={cn('whitespace-nowrap px-3 py-2.5 font-semibold text-slate-700', c.className)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="align-top hover:bg-slate-50/60">
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row" className={cn('px-3 py-2.5 font-medium text-slate-900', c.className)}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={cn('px-3 py-2.5 text-slate-700', c.className)}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
