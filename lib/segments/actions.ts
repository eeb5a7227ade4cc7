'use server';
import { revalidatePath } from 'next/cache';
import { action } from '@/lib/auth/action';
import { countSegment } from './evaluate';
import { segmentCountSchema, segmentIdSchema, segmentSchema } from './schemas';
import { deleteSegment, saveSegment } from './service';

export const saveSegmentAction = action({
  permission: 'promo.manage',
  input: segmentSchema,
  run: async (input, me) => {
    const id = await saveSegment(me, input);
    revalidatePath('/staff/segments');
    return { id };
  },
});

export const deleteSegmentAction = action({
  permission: 'promo.manage',
  input: segmentIdSchema,
  run: async (input, me) => {
    await deleteSegment(me, input.id);
    revalidatePath('/staff/segments');
    return { deleted: true };
  },
});

/** The builder's live count, before anything is saved or sent. Values are validated per criterion. */
export const countSegmentAction = action({
  permission: 'promo.manage',
  input: segmentCountSchema,
  run: async (input) => ({ count: await countSegment(input.criteria) }),
});
