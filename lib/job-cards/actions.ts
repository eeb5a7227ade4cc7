'use server';
import { revalidatePath } from 'next/cache';
import { action } from '@/lib/auth/action';
import { jobCardSchema } from './schemas';
import { submitJobCard as submitJobCardService } from './service';

/** The assigned engineer submits a job card from the field; optionally resolves the ticket with it. */
export const submitJobCard = action({
  permission: 'ticket.work',
  input: jobCardSchema,
  run: async (input, me) => {
    const r = await submitJobCardService(me, input);
    revalidatePath(`/staff/tickets/${r.ticketId}`);
    revalidatePath(`/staff/tickets/${r.ticketId}/job-card`);
    if (r.resolved) revalidatePath(`/account/tickets/${r.ticketId}`);
    return r;
  },
});
