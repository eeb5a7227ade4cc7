'use server';
import { revalidatePath } from 'next/cache';
import { action } from '@/lib/auth/action';
import { ValidationError } from '@/lib/errors';
import { archiveCustomerSchema, contactSchema, customerIdSchema, customerSchema, inviteContactSchema } from './schemas';
import { createCustomer, deleteCustomer, inviteContact, resendContactInvite, setCustomerArchived, updateCustomer } from './service';

export const saveCustomerAction = action({
  permission: 'customer.manage',
  input: customerSchema,
  run: async (input, me) => {
    if (input.id) {
      if (!input.version) throw new ValidationError('errors.validation');
      const c = await updateCustomer(me, { ...input, id: input.id, version: input.version });
      revalidatePath('/staff/customers');
      return { id: c.id, version: c.version };
    }
    const c = await createCustomer(me, input);
    revalidatePath('/staff/customers');
    return { id: c.id, version: c.version };
  },
});

export const setCustomerArchivedAction = action({
  permission: 'customer.manage',
  input: archiveCustomerSchema,
  run: async (input, me) => {
    const c = await setCustomerArchived(me, input.id, input.archived);
    revalidatePath('/staff/customers');
    return { id: c.id, archived: !!c.archivedAt };
  },
});

export const deleteCustomerAction = action({
  permission: 'customer.manage',
  input: customerIdSchema,
  run: async (input, me) => {
    const c = await deleteCustomer(me, input.id);
    revalidatePath('/staff/customers');
    return c;
  },
});

export const inviteContactAction = action({
  permission: 'customer.manage',
  input: inviteContactSchema,
  run: async (input, me) => {
    const user = await inviteContact(me, input);
    revalidatePath(`/staff/customers/${input.customerId}`);
    return { id: user.id, email: user.email };
  },
});

export const resendContactInviteAction = action({
  permission: 'customer.manage',
  input: contactSchema,
  run: async (input, me) => {
    await resendContactInvite(me, input);
    return { sent: true };
  },
});
