'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { action } from '@/lib/auth/action';
import { NotFoundError } from '@/lib/errors';
import { changePlanSchema, commentSchema, customerTicketSchema, moveSchema, staffTicketSchema } from './schemas';
import { changeTicketPlan } from './service/plan';
import { addComment } from './service/comment';
import { openTicket } from './service/create';
import { deleteTicket } from './service/delete';
import { moveTicket } from './service/move';

/** A customer contact opens a ticket for their own company. */
export const submitTicket = action({
  permission: 'ticket.create',
  input: customerTicketSchema,
  run: async (input, me) => {
    if (me.role !== 'customer' || !me.customerId) throw new NotFoundError();
    const t = await openTicket(me, { ...input, customerId: me.customerId, reporterName: me.name, reporterEmail: me.email });
    revalidatePath('/account/tickets');
    return t;
  },
});

/** Helpdesk or admin opens a ticket on a customer's behalf (phone, e-mail, walk-in). */
export const openTicketForCustomer = action({
  permission: 'ticket.assign',
  input: staffTicketSchema,
  run: async (input, me) => {
    const t = await openTicket(me, input);
    revalidatePath('/staff/tickets');
    return t;
  },
});

/** Every workflow move; the service checks role, scope, state and version. */
export const moveTicketAction = action({
  permission: 'authenticated',
  input: moveSchema,
  run: async (input, me) => {
    const r = await moveTicket(me, input);
    revalidatePath(`/staff/tickets/${r.id}`);
    revalidatePath(`/account/tickets/${r.id}`);
    return r;
  },
});

export const addCommentAction = action({
  permission: 'authenticated',
  input: commentSchema,
  run: async (input, me) => {
    const c = await addComment(me, input);
    revalidatePath(`/staff/tickets/${input.ticketId}`);
    revalidatePath(`/account/tickets/${input.ticketId}`);
    return c;
  },
});

export const deleteTicketAction = action({
  permission: 'ticket.delete',
  input: z.strictObject({ ticketId: z.uuid() }),
  run: async (input, me) => {
    await deleteTicket(me, input.ticketId);
    revalidatePath('/staff/tickets');
    return { deleted: true };
  },
});

export const changeTicketPlanAction = action({
  permission: 'ticket.assign',
  input: changePlanSchema,
  run: async (input, me) => {
    const r = await changeTicketPlan(me, input);
    revalidatePath(`/staff/tickets/${r.id}`);
    return r;
  },
});
