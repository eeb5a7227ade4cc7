'use server';
import { revalidatePath, revalidateTag } from 'next/cache';
import { action } from '@/lib/auth/action';
import { PAGES_TAG, pageTag } from './constants';
import { staticPageSchema } from './schemas';
import { saveStaticPage } from './service';

export const saveStaticPageAction = action({
  permission: 'content.manage',
  input: staticPageSchema,
  run: async (input, me) => {
    const r = await saveStaticPage(me, input);
    revalidateTag(pageTag(r.slug), { expire: 0 });
    revalidateTag(PAGES_TAG, { expire: 0 });
    revalidatePath('/staff/pages');
    return r;
  },
});
