'use server';
import { revalidatePath } from 'next/cache';
import { action } from '@/lib/auth/action';
import { newsIdSchema, newsSchema } from './schemas';
import { deleteNews, saveNews } from './service';

export const saveNewsAction = action({
  permission: 'news.publish',
  input: newsSchema,
  run: async (input, me) => {
    const id = await saveNews(me, input);
    revalidatePath('/staff/news');
    return { id };
  },
});

export const deleteNewsAction = action({
  permission: 'news.publish',
  input: newsIdSchema,
  run: async (input, me) => {
    await deleteNews(me, input.id);
    revalidatePath('/staff/news');
    return { deleted: true };
  },
});
