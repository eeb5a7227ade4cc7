'use server';
import { revalidatePath } from 'next/cache';
import { action } from '@/lib/auth/action';
import { slaPlanActiveSchema, slaPlanIdSchema, slaPlanSchema } from './schemas';
import { deleteSlaPlan, saveSlaPlan, setSlaPlanActive } from './service';

export const saveSlaPlanAction = action({
  permission: 'sla.manage',
  input: slaPlanSchema,
  run: async (input, me) => {
    const plan = await saveSlaPlan(me, input);
    revalidatePath('/staff/sla-plans');
    return { id: plan.id, name: plan.name };
  },
});

export const setSlaPlanActiveAction = action({
  permission: 'sla.manage',
  input: slaPlanActiveSchema,
  run: async (input, me) => {
    const plan = await setSlaPlanActive(me, input.id, input.active);
    revalidatePath('/staff/sla-plans');
    return { name: plan.name, active: input.active };
  },
});

export const deleteSlaPlanAction = action({
  permission: 'sla.manage',
  input: slaPlanIdSchema,
  run: async (input, me) => {
    const plan = await deleteSlaPlan(me, input.id);
    revalidatePath('/staff/sla-plans');
    return plan;
  },
});
