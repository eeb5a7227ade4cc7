'use server';
import { revalidatePath } from 'next/cache';
import { action } from '@/lib/auth/action';
import { attachSchema } from './schemas';
import { attachUploads } from './service';

/** Adds uploaded files to an existing ticket; scope (own company, own point, own job) is checked in SQL. */
export const attachToTicketAction = action({
  permission: 'authenticated',
  input: attachSchema,
  run: async (input, me) => {
    const r = await attachUploads(me, input);
    revalidatePath(`/staff/tickets/${input.ticketId}`);
    revalidatePath(`/account/tickets/${input.ticketId}`);
    return r;
  },
});
