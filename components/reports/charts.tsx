import type { ReactNode } from 'react';

// Charts rendered on the server as HTML bars and inline SVG: no chart library in the browser, nothing
// to hydrate, and they print. Every chart carries its numbers twice: in its accessible name and in a table.

type Bar = { label: string; value: number; display?: string };

function DataTableAlt({ caption, headers, rows, summary }: { caption: string; headers: string[]; rows: Array<Array<ReactNode>>; summary: string }) {
  return (
    <details className="mt-2 text-sm print:hidden">
      <summary className="cursor-pointer text-brand-700">{summary}</summary>
      <table className="mt-2 w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {headers.map((h, i) => (
              <th key={i} scope="col" className={`border-b border-slate-200 py-1 pr-3 font-semibold ${i ? 'text-right' : ''}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) =>
                j === 0 ? (
                  <th key={j} scope="row" className="py-0.5 pr-3 font-normal">
                    {c}
                  </th>
                ) : (
                  <td key={j} className="py-0.5 pr-3 text-right tabular-nums">
                    {c}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/**
 * Horizontal bars in HTML (crisp text at any card width, long labels stay readable on a phone). The
 * group is one image to assistive technology, named with every figure; the table repeats them.
 */
export function BarChart({
  title,
  bars,
  max,
  valueHeader,
  tableSummary,
}: {
  title: string;
  bars: Bar[];
  /** Scale maximum; the largest value when omitted. */
  max?: number;
  valueHeader: string;
  tableSummary: string;
}) {
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value), 1);
  const name = `${title}: ${bars.map((b) => `${b.label} ${b.display ?? b.value}`).join('; ')}`;
  return (
    <figure>
      <div role="img" aria-label={name} className="space-y-1.5 [print-color-adjust:exact]">
        {bars.map((b) => (
          <div key={b.label} className="grid grid-cols-[minmax(0,9.5rem)_minmax(0,1fr)_auto] items-center gap-2 text-xs">
            <span className="truncate text-right text-slate-700" title={b.label}>
              {b.label}
            </span>
            <span className="h-3.5 overflow-hidden rounded bg-slate-100">
              <span className="block h-full rounded bg-brand-700" style={{ width: `${Math.max(0, Math.min(100, (b.value / top) * 100))}%` }} />
            </span>
            <span className="min-w-12 font-semibold tabular-nums text-slate-900">{b.display ?? b.value}</span>
          </div>
        ))}
      </div>
      <DataTableAlt caption={title} summary={tableSummary} headers={['', valueHeader]} rows={bars.map((b) => [b.label, b.display ?? b.value])} />
    </figure>
  );
}

type Series = { name: string; color: string; dash?: string; points: Array<number | null> };

/** Percentages over time (0–100 %), one line per series; a gap where a week has no figure. */
export function PercentLineChart({
  title,
  labels,
  series,
  tableSummary,
  formatPct,
}: {
  title: string;
  labels: string[];
  series: Series[];
  tableSummary: string;
  formatPct: (v: number | null) => string;
}) {
  const width = 400;
  const height = 220;
  const left = 40;
  const right = 26;
  const top = 10;
  const bottom = 28;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const x = (i: number) => left + (labels.length <= 1 ? plotW / 2 : (i / (labels.length - 1)) * plotW);
  const y = (v: number) => top + plotH - (v / 100) * plotH;
  const name = `${title}: ${labels.map((l, i) => `${l}: ${series.map((s) => `${s.name} ${formatPct(s.points[i])}`).join(', ')}`).join('; ')}`;
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={name} className="h-auto w-full">
        {[0, 25, 50, 75, 100].map((g) => (
          <g key={g}>
            <line x1={left} x2={width - right} y1={y(g)} y2={y(g)} stroke="#e2e8f0" />
            <text x={left - 6} y={y(g)} textAnchor="end" dominantBaseline="middle" fontSize="12" fill="#475569">
              {g}%
            </text>
          </g>
        ))}
        {labels.map((l, i) => (
          <text key={l} x={x(i)} y={height - 8} textAnchor="middle" fontSize="12" fill="#475569">
            {l}
          </text>
        ))}
        {series.map((s) => {
          // Split the line at missing points.
          const runs: Array<Array<[number, number]>> = [];
          let run: Array<[number, number]> = [];
          s.points.forEach((p, i) => {
            if (p == null) {
              if (run.length) runs.push(run);
              run = [];
            } else run.push([x(i), y(p)]);
          });
          if (run.length) runs.push(run);
          return (
            <g key={s.name}>
              {runs.map((r, k) => (
                <polyline key={k} points={r.map(([a, b]) => `${a},${b}`).join(' ')} fill="none" stroke={s.color} strokeWidth="2.5" strokeDasharray={s.dash} />
              ))}
              {s.points.map((p, i) => (p == null ? null : <circle key={i} cx={x(i)} cy={y(p)} r="3.5" fill={s.color} />))}
            </g>
          );
        })}
      </svg>
      <ul className="mt-1 flex flex-wrap gap-4 text-xs text-slate-700" aria-hidden>
        {series.map((s) => (
          <li key={s.name} className="flex items-center gap-1.5">
            <svg width="24" height="8" aria-hidden>
              <line x1="0" x2="24" y1="4" y2="4" stroke={s.color} strokeWidth="2.5" strokeDasharray={s.dash} />
            </svg>
            {s.name}
          </li>
        ))}
      </ul>
      <DataTableAlt
        caption={title}
        summary={tableSummary}
        headers={['', ...series.map((s) => s.name)]}
        rows={labels.map((l, i) => [l, ...series.map((s) => formatPct(s.points[i]))])}
      />
    </figure>
  );
}
