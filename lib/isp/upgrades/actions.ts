'use server';
import { revalidatePath } from 'next/cache';
import { action } from '@/lib/auth/action';
import { applyAllSchema, applyRuleSchema, approveRequestSchema, rejectRequestSchema, ruleIdSchema, ruleSchema } from './schemas';
import { applyRuleToAllBatch, applyRuleToMany, approveRequest, deleteRule, rejectRequest, saveRule } from './service';

/** Create or edit an upgrade rule (isp.manage: admin). */
export const saveRuleAction = action({
  permission: 'isp.manage',
  input: ruleSchema,
  run: async (input, me) => {
    const r = await saveRule(me, input);
    revalidatePath('/staff/isp/upgrades');
    return r;
  },
});

export const deleteRuleAction = action({
  permission: 'isp.manage',
  input: ruleIdSchema,
  run: async (input, me) => {
    const r = await deleteRule(me, input.ruleId);
    revalidatePath('/staff/isp/upgrades');
    return r;
  },
});

/** Customer support applies a rule to the subscribers ticked on the eligible list. */
export const applyRuleAction = action({
  permission: 'signup.review',
  input: applyRuleSchema,
  run: async (input, me) => {
    const r = await applyRuleToMany(me, input.ruleId, input.subscriptionIds);
    revalidatePath(`/staff/isp/upgrades/${input.ruleId}`);
    return r;
  },
});

/** "Apply to all eligible": one batch per call; the page calls again with `lastId` until `done`. */
export const applyRuleToAllAction = action({
  permission: 'signup.review',
  input: applyAllSchema,
  run: async (input, me) => {
    const r = await applyRuleToAllBatch(me, input.ruleId, input.afterId || null);
    if (r.done) revalidatePath(`/staff/isp/upgrades/${input.ruleId}`);
    return r;
  },
});

export const approveUpgradeRequestAction = action({
  permission: 'signup.review',
  input: approveRequestSchema,
  run: async (input, me) => {
    const r = await approveRequest(me, input);
    revalidatePath('/staff/isp/upgrades/requests');
    return r;
  },
});

export const rejectUpgradeRequestAction = action({
  permission: 'signup.review',
  input: rejectRequestSchema,
  run: async (input, me) => {
    const r = await rejectRequest(me, input);
    revalidatePath('/staff/isp/upgrades/requests');
    return r;
  },
});
