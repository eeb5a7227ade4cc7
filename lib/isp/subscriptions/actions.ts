'use server';
import { revalidatePath } from 'next/cache';
import { action } from '@/lib/auth/action';
import { requestUpgrade } from '@/lib/isp/upgrades/service';
import { fileComplaint } from './complaints';
import { complaintSchema, subscriptionStatusSchema, upgradeRequestSchema } from './schemas';
import { changeSubscriptionStatus } from './service';

/** Staff suspend, reactivate or terminate a subscription (with a reason; audited; customer mailed). */
export const changeSubscriptionStatusAction = action({
  permission: 'signup.review',
  input: subscriptionStatusSchema,
  run: async (input, me) => {
    const r = await changeSubscriptionStatus(me, input);
    revalidatePath(`/staff/isp/subscriptions/${r.id}`);
    return r;
  },
});

/** The subscriber files a complaint about their own subscription → a complaint ticket. */
export const fileComplaintAction = action({
  permission: 'ticket.create',
  input: complaintSchema,
  run: async (input, me) => {
    const t = await fileComplaint(me, input);
    revalidatePath(`/account/subscriptions/${input.subscriptionId}`);
    return t;
  },
});

/** The subscriber asks for more bandwidth (one open request per subscription). */
export const requestUpgradeAction = action({
  permission: 'account.self',
  input: upgradeRequestSchema,
  run: async (input, me) => {
    const r = await requestUpgrade(me, input);
    revalidatePath(`/account/subscriptions/${input.subscriptionId}`);
    return r;
  },
});
