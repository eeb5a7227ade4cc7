'use server';
import { action } from '@/lib/auth/action';
import { ValidationError } from '@/lib/errors';
import { unsubscribeSchema } from './schemas';
import { optOutWithToken } from './service';

/** The confirm page's button: the signed link is the credential, no session needed. */
export const confirmUnsubscribe = action({
  permission: 'public',
  input: unsubscribeSchema,
  run: async (input) => {
    if (!(await optOutWithToken(input.token))) throw new ValidationError('unsubscribe.invalid');
    return { unsubscribed: true as const };
  },
});
