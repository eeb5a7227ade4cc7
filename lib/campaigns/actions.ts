'use server';
import { revalidatePath } from 'next/cache';
import { action } from '@/lib/auth/action';
import { campaignStepSchema, createCampaignSchema, rejectCampaignSchema } from './schemas';
import { approveCampaign, cancelCampaign, createCampaign, rejectCampaign, submitCampaign } from './service';

const refresh = (id?: string) => {
  revalidatePath('/staff/campaigns');
  if (id) revalidatePath(`/staff/campaigns/${id}`);
};

/** Helpdesk/admin prepare a campaign from a promo (draft, or straight to approval). */
export const createCampaignAction = action({
  permission: 'promo.manage',
  input: createCampaignSchema,
  run: async (input, me) => {
    const r = await createCampaign(me, input);
    refresh();
    return r;
  },
});

export const submitCampaignAction = action({
  permission: 'promo.manage',
  input: campaignStepSchema,
  run: async (input, me) => {
    const r = await submitCampaign(me, input);
    refresh(input.campaignId);
    return r;
  },
});

/** Managers (promo.approve) approve; the audience criteria are frozen at this moment. */
export const approveCampaignAction = action({
  permission: 'promo.approve',
  input: campaignStepSchema,
  run: async (input, me) => {
    const r = await approveCampaign(me, input);
    refresh(input.campaignId);
    return r;
  },
});

export const rejectCampaignAction = action({
  permission: 'promo.approve',
  input: rejectCampaignSchema,
  run: async (input, me) => {
    const r = await rejectCampaign(me, input);
    refresh(input.campaignId);
    return r;
  },
});

export const cancelCampaignAction = action({
  permission: 'promo.manage',
  input: campaignStepSchema,
  run: async (input, me) => {
    const r = await cancelCampaign(me, input);
    refresh(input.campaignId);
    return r;
  },
});
