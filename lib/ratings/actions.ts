'use server';
import { revalidatePath } from 'next/cache';
import { action } from '@/lib/auth/action';
import { getClientIp } from '@/lib/auth/request';
import { enforce } from '@/lib/rate-limit';
import { rateOwnTicketSchema, rateWithTokenSchema } from './schemas';
import { rateOwnTicket as rateOwnTicketService, rateWithToken } from './service';

/** The rating page behind the e-mailed link: public, rate-limited per IP, the token consumed once. */
export const rateTicketWithToken = action({
  permission: 'public',
  input: rateWithTokenSchema,
  run: async (input, me) => {
    await enforce([['publicFormIp', await getClientIp()]]);
    const r = await rateWithToken(input, me);
    return { number: r.number, rating: r.rating };
  },
});

/** A signed-in customer contact rates their own resolved ticket from /account/tickets/[id]. */
export const rateOwnTicket = action({
  permission: 'ticket.create',
  input: rateOwnTicketSchema,
  run: async (input, me) => {
    const r = await rateOwnTicketService(me, input);
    revalidatePath(`/account/tickets/${r.ticketId}`);
    return { number: r.number, rating: r.rating };
  },
});
