'use server';
import { action } from '@/lib/auth/action';
import { ValidationError } from '@/lib/errors';
import { revalidateCatalog } from './revalidate';
import { addImagesSchema, categorySchema, idSchema, imageAltSchema, imageIdSchema, itemSchema, reorderImagesSchema } from './schemas';
import { deleteCategory, saveCategory } from './service/categories';
import { addItemImages, deleteItemImage, reorderItemImages, setImageAlt } from './service/images';
import { createItem, deleteItem, updateItem } from './service/items';

export const saveCategoryAction = action({
  permission: 'catalog.manage',
  input: categorySchema,
  run: async (input, me) => {
    const id = await saveCategory(me, input);
    revalidateCatalog();
    return { id };
  },
});

export const deleteCategoryAction = action({
  permission: 'catalog.manage',
  input: idSchema,
  run: async (input, me) => {
    await deleteCategory(me, input.id);
    revalidateCatalog();
    return { deleted: true };
  },
});

export const saveItemAction = action({
  permission: 'catalog.manage',
  input: itemSchema,
  run: async (input, me) => {
    if (input.id) {
      if (!input.version) throw new ValidationError('validation.invalid');
      const saved = await updateItem(me, { ...input, id: input.id, version: input.version });
      revalidateCatalog(saved.id);
      return { id: saved.id, slug: saved.slug };
    }
    const created = await createItem(me, input);
    revalidateCatalog(created.id);
    return created;
  },
});

export const deleteItemAction = action({
  permission: 'catalog.manage',
  input: idSchema,
  run: async (input, me) => {
    await deleteItem(me, input.id);
    revalidateCatalog(input.id);
    return { deleted: true };
  },
});

export const addItemImagesAction = action({
  permission: 'catalog.manage',
  input: addImagesSchema,
  run: async (input, me) => {
    const r = await addItemImages(me, input);
    revalidateCatalog(r.itemId);
    return r;
  },
});

export const reorderItemImagesAction = action({
  permission: 'catalog.manage',
  input: reorderImagesSchema,
  run: async (input, me) => {
    const r = await reorderItemImages(me, input);
    revalidateCatalog(r.itemId);
    return r;
  },
});

export const setImageAltAction = action({
  permission: 'catalog.manage',
  input: imageAltSchema,
  run: async (input, me) => {
    const r = await setImageAlt(me, input);
    revalidateCatalog(r.itemId);
    return r;
  },
});

export const deleteItemImageAction = action({
  permission: 'catalog.manage',
  input: imageIdSchema,
  run: async (input, me) => {
    const r = await deleteItemImage(me, input);
    revalidateCatalog(r.itemId);
    return r;
  },
});
