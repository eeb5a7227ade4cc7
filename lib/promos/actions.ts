'use server';
import { revalidatePath, revalidateTag } from 'next/cache';
import { action } from '@/lib/auth/action';
import { PROMOS_TAG } from './constants';
import { promoIdSchema, promoSchema } from './schemas';
import { deletePromo, savePromo } from './service';

function revalidatePromos() {
  revalidateTag(PROMOS_TAG, { expire: 0 });
  revalidatePath('/staff/promos');
  revalidatePath('/account/promos');
}

export const savePromoAction = action({
  permission: 'promo.manage',
  input: promoSchema,
  run: async (input, me) => {
    const r = await savePromo(me, input);
    revalidatePromos();
    return r;
  },
});

export const deletePromoAction = action({
  permission: 'promo.manage',
  input: promoIdSchema,
  run: async (input, me) => {
    await deletePromo(me, input.id);
    revalidatePromos();
    return { deleted: true };
  },
});
