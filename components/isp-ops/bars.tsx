// Horizontal bars as inline SVG, rendered on the server (nothing to hydrate, prints as is). The
// numbers are also in the SVG's accessible name and, for screen readers and paper, in a table.
export type BarItem = { label: string; value: number; display?: string };

export function Bars({
  title,
  items,
  valueHeader,
  color = '#0f766e',
  labelWidth = 150,
  width = 460,
}: {
  title: string;
  items: BarItem[];
  valueHeader: string;
  color?: string;
  /** Room for the labels, in SVG units (short labels such as months need less). */
  labelWidth?: number;
  width?: number;
}) {
  const top = Math.max(1, ...items.map((i) => i.value));
  const row = 24;
  const labelW = labelWidth;
  const valueW = 50;
  const barW = width - labelW - valueW;
  const height = items.length * row + 4;
  return (
    <figure>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${title}: ${items.map((i) => `${i.label} ${i.display ?? i.value}`).join('; ')}`}
        className="h-auto w-full"
      >
        {items.map((i, n) => {
          const y = n * row + 2;
          return (
            <g key={`${i.label}-${n}`}>
              <text x={labelW - 6} y={y + row / 2} textAnchor="end" dominantBaseline="middle" fontSize="12" fill="#334155">
                {i.label.length > 22 ? `${i.label.slice(0, 21)}…` : i.label}
              </text>
              <rect x={labelW} y={y + 4} width={barW} height={row - 8} fill="#f1f5f9" rx="3" />
              <rect x={labelW} y={y + 4} width={Math.max(0, (i.value / top) * barW)} height={row - 8} fill={color} rx="3" />
              <text x={labelW + barW + 6} y={y + row / 2} dominantBaseline="middle" fontSize="12" fontWeight="600" fill="#0f172a">
                {i.display ?? i.value}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col"></th>
            <th scope="col">{valueHeader}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i, n) => (
            <tr key={`${i.label}-${n}`}>
              <th scope="row">{i.label}</th>
              <td>{i.display ?? i.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
