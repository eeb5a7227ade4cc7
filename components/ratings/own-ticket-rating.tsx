import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { getMyTicketRating } from '@/lib/ratings/queries';
import { RateForm } from './rate-form';

/**
 * For /account/tickets/[id]: the customer's rating of this ticket, or the form once the ticket is
 * resolved. Renders nothing for staff, for other companies' tickets and for open tickets.
 */
export async function OwnTicketRating({ ticketId }: { ticketId: string }) {
  const state = await getMyTicketRating(ticketId);
  if (!state || (!state.canRate && !state.given)) return null;
  const t = await getTranslations('rating');
  const format = await getFormatter();
  return (
    <Card title={t('cardTitle')}>
      {state.given ? (
        <div className="space-y-1 text-sm">
          <p>
            <span aria-hidden className="mr-2 text-lg text-amber-500">
              {'★'.repeat(state.given.rating)}
              <span className="text-slate-300">{'★'.repeat(5 - state.given.rating)}</span>
            </span>
            {t('yourRating', { rating: state.given.rating })} · {t(`labels.${state.given.rating}`)}
          </p>
          {state.given.comment ? <p className="whitespace-pre-wrap break-words text-slate-700">{state.given.comment}</p> : null}
          <p className="text-xs text-slate-500">{t('ratedAt', { date: format.dateTime(state.given.ratedAt, 'short') })}</p>
        </div>
      ) : (
        <>
          <p className="mb-4 text-sm text-slate-600">{t('intro')}</p>
          <RateForm ticketId={ticketId} />
        </>
      )}
    </Card>
  );
}
