import { getFormatter, getTranslations } from 'next-intl/server';
import type { CriterionDescriptor, SegmentCriteria } from '@/lib/segments/schemas';

/** "Kota: Semarang · Jenis pelanggan: Perusahaan" — criteria as a sentence for lists and approvals. */
export async function CriteriaSummary({ criteria, catalog }: { criteria: SegmentCriteria; catalog: CriterionDescriptor[] }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const label = (k: string) => (t.has(k as never) ? t(k as never) : k);
  if (!criteria.length) return <span>{t('segments.builder.allCustomers')}</span>;
  const parts = criteria.map((c) => {
    const d = catalog.find((x) => x.key === c.key);
    if (!d) return `${c.key}: ?`;
    const v = c.value;
    let text = '';
    if (d.input.kind === 'select' && Array.isArray(v)) {
      const opts = d.input.options;
      text = v.map((x) => {
        const o = opts.find((p) => p.value === x);
        return o?.labelKey ? label(o.labelKey) : (o?.label ?? x);
      }).join(', ');
    } else if (d.input.kind === 'date' && v && typeof v === 'object' && !Array.isArray(v)) {
      const r = v as { from?: string; to?: string };
      const f = (s?: string) => (s ? format.dateTime(new Date(`${s}T12:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' }) : '…');
      text = `${f(r.from)} – ${f(r.to)}`;
    } else if (typeof v === 'boolean') {
      text = v ? t('segments.builder.yes') : t('segments.builder.no');
    } else if (typeof v === 'number') {
      text = d.input.kind === 'number' && d.input.unitKey ? `${v} ${label(d.input.unitKey)}` : String(v);
    } else text = String(v);
    return `${label(d.labelKey)}: ${text}`;
  });
  return <span>{parts.join(' · ')}</span>;
}
