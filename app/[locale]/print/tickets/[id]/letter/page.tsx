import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { formatIdPhone } from '@/lib/format/phone';
import { getAssignmentLetter } from '@/lib/job-cards/queries';
import { getSettings } from '@/lib/settings/store';
import { InfoTable, Section, SignatureBlocks } from '../../../print-bits';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('letters');
  return { title: t('title') };
}

const phone = (v: string | null) => (v ? formatIdPhone(v) : null);

/** Surat tugas (seed 000: "helpdesk cetak surat tugas engineer"). Ticket text is rendered as text only. */
export default async function AssignmentLetterPage({ params }: { params: Promise<{ id: string }> }) {
  const letter = await getAssignmentLetter((await params).id);
  if (!letter) notFound();
  const t = await getTranslations('letters');
  const tj = await getTranslations('jobCards');
  const format = await getFormatter();
  const issued = letter.dispatchedAt ?? new Date();
  const { company } = await getSettings();
  return (
    <article>
      <div className="mb-5 text-center">
        <h1 className="text-lg font-bold uppercase tracking-wider underline underline-offset-4">{t('title')}</h1>
        <p className="mt-1">{t('number', { number: letter.letterNumber })}</p>
      </div>

      <p className="mb-3">{t('opening')}</p>
      <Section title={t('engineer')}>
        <InfoTable
          rows={[
            [t('name'), letter.engineerName],
            [t('phone'), phone(letter.engineerPhone)],
            [t('servicePoint'), letter.servicePointName],
            [t('servicePointContact'), [letter.servicePointAddress, phone(letter.servicePointPhone)].filter(Boolean).join(' · ') || null],
          ]}
        />
      </Section>

      <p className="mb-3">{t('assignment')}</p>
      <Section title={t('customer')}>
        <InfoTable
          rows={[
            [t('customerName'), letter.customerName],
            [t('address'), [letter.customerAddress, letter.customerCity].filter(Boolean).join(', ') || null],
            [t('phone'), phone(letter.customerPhone)],
            [t('personInCharge'), letter.personInCharge],
            [t('reporter'), [letter.reporterName, phone(letter.reporterPhone), letter.reporterEmail].filter(Boolean).join(' · ')],
          ]}
        />
      </Section>

      <Section title={t('ticket')}>
        <InfoTable
          rows={[
            [t('ticketNumber'), letter.number],
            [t('category'), tj(`categories.${letter.category}`)],
            [t('priority'), tj(`priorities.${letter.priority}`)],
            [t('openedAt'), format.dateTime(letter.createdAt, 'short')],
            [t('responseDue'), letter.responseDueAt ? format.dateTime(letter.responseDueAt, 'short') : null],
            [t('resolutionDue'), letter.resolutionDueAt ? format.dateTime(letter.resolutionDueAt, 'short') : null],
            [t('summary'), letter.summary],
            [t('detail'), letter.detail],
          ]}
        />
      </Section>

      <p className="mb-1">{t('closing')}</p>
      <p className="mt-4 text-right">{company.city ? t('placeDate', { city: company.city, date: format.dateTime(issued, 'date') }) : format.dateTime(issued, 'date')}</p>
      <SignatureBlocks
        blocks={[
          { role: t('issuedBy'), name: letter.issuedBy },
          { role: t('assignee'), name: letter.engineerName },
          { role: t('customerAck'), name: null },
        ]}
      />
      <p className="mt-6 text-xs text-slate-500">{t('footnote', { number: letter.number })}</p>
    </article>
  );
}
