import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { formatIdPhone } from '@/lib/format/phone';
import { getPrintableJobCards } from '@/lib/job-cards/queries';
import { InfoTable, Section, SignatureBlocks } from '../../../print-bits';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('jobCards');
  return { title: t('printTitle') };
}

/** The archived job card(s) of a ticket, for the customer and staff in scope. Ticket text stays text. */
export default async function PrintJobCardPage({ params }: { params: Promise<{ id: string }> }) {
  const data = await getPrintableJobCards((await params).id);
  if (!data) notFound();
  const { ticket, cards } = data;
  const t = await getTranslations('jobCards');
  const format = await getFormatter();
  return (
    <article>
      <div className="mb-4 text-center">
        <h1 className="text-lg font-bold uppercase tracking-wider underline underline-offset-4">{t('printTitle')}</h1>
        <p className="mt-1">{ticket.number}</p>
      </div>
      <Section title={t('ticketSection')}>
        <InfoTable
          rows={[
            [t('customer'), ticket.customerName],
            [t('address'), [ticket.customerAddress, ticket.customerCity].filter(Boolean).join(', ') || null],
            [t('phone'), ticket.customerPhone ? formatIdPhone(ticket.customerPhone) : null],
            [t('reporter'), [ticket.reporterName, ticket.reporterPhone ? formatIdPhone(ticket.reporterPhone) : null].filter(Boolean).join(' · ')],
            [t('category'), `${t(`categories.${ticket.category}`)} · ${t(`priorities.${ticket.priority}`)}`],
            [t('openedAt'), format.dateTime(ticket.createdAt, 'short')],
            [t('servicePoint'), ticket.servicePointName],
            [t('engineer'), ticket.engineerName],
            [t('summary'), ticket.summary],
          ]}
        />
      </Section>

      {cards.length === 0 ? <p className="rounded border border-dashed border-slate-400 p-4 text-center">{t('noneYet')}</p> : null}

      {cards.map((c, i) => (
        <section key={c.id} className={i > 0 ? 'print-break mt-6' : 'mt-2'} aria-labelledby={`card-${c.id}`}>
          <h2 id={`card-${c.id}`} className="mb-2 text-base font-bold">
            {cards.length > 1 ? t('cardN', { n: i + 1 }) : t('cardTitle')}
          </h2>
          <Section title={t('visit')}>
            <InfoTable
              rows={[
                [t('engineer'), c.engineerName],
                [t('arrivalAt'), format.dateTime(c.arrivalAt, 'short')],
                [t('finishAt'), format.dateTime(c.finishAt, 'short')],
                [t('duration'), t('durationValue', { minutes: Math.round((c.finishAt.getTime() - c.arrivalAt.getTime()) / 60_000) })],
              ]}
            />
          </Section>
          <Section title={t('workDone')}>
            <p className="whitespace-pre-wrap break-words">{c.workDone}</p>
          </Section>
          <Section title={t('partsUsed')}>
            {c.partsUsed.length ? (
              <table className="w-full border-collapse text-sm">
                <thead>
                  <tr>
                    <th scope="col" className="w-10 border border-slate-400 px-2 py-1 text-left">
                      {t('partNo')}
                    </th>
                    <th scope="col" className="border border-slate-400 px-2 py-1 text-left">
                      {t('partName')}
                    </th>
                    <th scope="col" className="w-20 border border-slate-400 px-2 py-1 text-right">
                      {t('partQty')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {c.partsUsed.map((p, j) => (
                    <tr key={j}>
                      <td className="border border-slate-400 px-2 py-1 tabular-nums">{j + 1}</td>
                      <td className="border border-slate-400 px-2 py-1 break-words">{p.name}</td>
                      <td className="border border-slate-400 px-2 py-1 text-right tabular-nums">{p.qty}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>{t('noParts')}</p>
            )}
          </Section>
          <SignatureBlocks
            blocks={[
              { role: t('engineerSignature'), name: c.engineerName },
              {
                role: t('customerSignature'),
                name: c.customerName,
                image: (
                  // A private file through our own route (C17), not the public image optimizer.
                  // eslint-disable-next-line @next/next/no-img-element
                  <img
                    src={`/files/${c.signatureUploadId}`}
                    alt={t('signatureAlt', { name: c.customerName })}
                    className="max-h-24 max-w-full object-contain"
                  />
                ),
              },
            ]}
          />
          <p className="mt-3 text-xs text-slate-500">{t('submittedAt', { date: format.dateTime(c.createdAt, 'short') })}</p>
        </section>
      ))}
    </article>
  );
}
