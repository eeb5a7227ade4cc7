import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { formatIdPhone } from '@/lib/format/phone';
import { getSettings } from '@/lib/settings/store';
import { PrintButton } from './print-button';

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * Printable documents (assignment letter, job card, reports): an A4 sheet with the company's letterhead
 * from settings and no app shell. globals.css sets @page A4 and hides `.no-print` on paper. Each page
 * checks its own caller; this layout guards nothing.
 */
export default async function PrintLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const { company } = await getSettings();
  const t = await getTranslations('letters');
  const contact = [company.phone ? formatIdPhone(company.phone) : null, company.email || null].filter(Boolean).join(' · ');
  return (
    <div className="min-h-dvh bg-slate-100 py-4 print:bg-white print:py-0">
      <div className="no-print mx-auto mb-3 flex max-w-[210mm] items-center justify-between gap-2 px-4">
        <p className="text-sm text-slate-600">{t('printHint')}</p>
        <PrintButton label={t('print')} />
      </div>
      <div className="mx-auto max-w-[210mm] bg-white px-[15mm] py-[12mm] shadow-sm ring-1 ring-slate-200 print:max-w-none print:p-0 print:shadow-none print:ring-0">
        <header className="mb-5 flex items-start justify-between gap-4 border-b-2 border-slate-900 pb-3">
          <div>
            <p className="text-xl font-bold leading-tight">{company.name}</p>
            {company.tagline ? <p className="text-xs text-slate-600">{company.tagline}</p> : null}
          </div>
          <div className="text-right text-xs leading-snug text-slate-700">
            {company.address ? <p>{company.address}</p> : null}
            {company.city ? <p>{company.city}</p> : null}
            {contact ? <p>{contact}</p> : null}
          </div>
        </header>
        <main id="main" className="text-sm leading-relaxed text-slate-900 print:leading-snug">
          {children}
        </main>
      </div>
    </div>
  );
}
