'use server';
import { revalidatePath, revalidateTag } from 'next/cache';
import { action } from '@/lib/auth/action';
import { NEWS_TAG } from '@/lib/content/constants';
import { articleIdSchema, articleSchema } from './schemas';
import { deleteArticle, saveArticle } from './service';

function refresh() {
  revalidateTag(NEWS_TAG, { expire: 0 });
  revalidatePath('/staff/articles');
}

export const saveArticleAction = action({
  permission: 'content.manage',
  input: articleSchema,
  run: async (input, me) => {
    const r = await saveArticle(me, input);
    refresh();
    return r;
  },
});

export const deleteArticleAction = action({
  permission: 'content.manage',
  input: articleIdSchema,
  run: async (input, me) => {
    await deleteArticle(me, input.id);
    refresh();
    return { deleted: true };
  },
});
