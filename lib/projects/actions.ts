'use server';
import { revalidatePath } from 'next/cache';
import { action } from '@/lib/auth/action';
import { ValidationError } from '@/lib/errors';
import { projectIdSchema, projectSchema } from './schemas';
import { createProject, deleteProject, updateProject } from './service';

export const saveProjectAction = action({
  permission: 'customer.manage',
  input: projectSchema,
  run: async (input, me) => {
    let saved: { id: string; version: number };
    if (input.id) {
      if (!input.version) throw new ValidationError('errors.validation');
      saved = await updateProject(me, { ...input, id: input.id, version: input.version });
    } else {
      saved = await createProject(me, input);
    }
    revalidatePath(`/staff/customers/${input.customerId}`);
    return { id: saved.id, version: saved.version };
  },
});

export const deleteProjectAction = action({
  permission: 'customer.manage',
  input: projectIdSchema,
  run: async (input, me) => {
    const p = await deleteProject(me, input.id);
    revalidatePath(`/staff/customers/${p.customerId}`);
    return p;
  },
});
