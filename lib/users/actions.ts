'use server';
import { revalidatePath } from 'next/cache';
import { action } from '@/lib/auth/action';
import { changeRoleSchema, inviteUserSchema, setUserStatusSchema, userIdSchema } from './schemas';
import { changeUserRole, inviteUser, resendInvite, setUserStatus } from './service';

export const inviteUserAction = action({
  permission: 'user.manage',
  input: inviteUserSchema,
  run: async (input, me) => {
    const user = await inviteUser(me, input);
    revalidatePath('/staff/users');
    return { id: user.id, email: user.email };
  },
});

export const resendInviteAction = action({
  permission: 'user.manage',
  input: userIdSchema,
  run: async (input, me) => {
    await resendInvite(me, input.userId);
    return { sent: true };
  },
});

export const changeRoleAction = action({
  permission: 'user.manage',
  input: changeRoleSchema,
  run: async (input, me) => {
    const user = await changeUserRole(me, input.userId, input.role);
    revalidatePath('/staff/users');
    return { id: user.id, role: input.role };
  },
});

export const setUserStatusAction = action({
  permission: 'user.manage',
  input: setUserStatusSchema,
  run: async (input, me) => {
    await setUserStatus(me, input.userId, input.status);
    revalidatePath('/staff/users');
    return { status: input.status };
  },
});
