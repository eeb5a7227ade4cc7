'use server';
import { revalidatePath, revalidateTag } from 'next/cache';
import { action } from '@/lib/auth/action';
import { planActiveSchema, planIdSchema, planSchema } from './schemas';
import { deletePlan, savePlan, setPlanActive } from './service';
import { ISP_PLANS_TAG } from './tags';

/** The public /internet page and the sign-up choices are cached under one tag: drop it now, not in an hour. */
function refreshPlans() {
  revalidateTag(ISP_PLANS_TAG, { expire: 0 });
  revalidatePath('/staff/isp/plans');
}

export const savePlanAction = action({
  permission: 'isp.manage',
  input: planSchema,
  run: async (input, me) => {
    const plan = await savePlan(me, input);
    refreshPlans();
    return { id: plan.id, name: plan.name };
  },
});

export const setPlanActiveAction = action({
  permission: 'isp.manage',
  input: planActiveSchema,
  run: async (input, me) => {
    const plan = await setPlanActive(me, input.id, input.active);
    refreshPlans();
    return { name: plan.name, active: input.active };
  },
});

export const deletePlanAction = action({
  permission: 'isp.manage',
  input: planIdSchema,
  run: async (input, me) => {
    const plan = await deletePlan(me, input.id);
    refreshPlans();
    return plan;
  },
});
