'use server';
import { revalidatePath } from 'next/cache';
import { action } from '@/lib/auth/action';
import { availabilitySchema, servicePointIdSchema, servicePointSchema, staffAssignmentSchema } from './schemas';
import { assignStaff, deleteServicePoint, removeStaff, saveServicePoint, setMyAvailability } from './service';

export const saveServicePointAction = action({
  permission: 'servicepoint.manage',
  input: servicePointSchema,
  run: async (input, me) => {
    const p = await saveServicePoint(me, input);
    revalidatePath('/staff/service-points');
    return { id: p.id, name: p.name };
  },
});

export const deleteServicePointAction = action({
  permission: 'servicepoint.manage',
  input: servicePointIdSchema,
  run: async (input, me) => {
    const p = await deleteServicePoint(me, input.id);
    revalidatePath('/staff/service-points');
    return p;
  },
});

export const assignStaffAction = action({
  permission: 'servicepoint.manage',
  input: staffAssignmentSchema,
  run: async (input, me) => {
    const r = await assignStaff(me, input);
    revalidatePath(`/staff/service-points/${input.servicePointId}`);
    return r;
  },
});

export const removeStaffAction = action({
  permission: 'servicepoint.manage',
  input: staffAssignmentSchema,
  run: async (input, me) => {
    const r = await removeStaff(me, input);
    revalidatePath(`/staff/service-points/${input.servicePointId}`);
    return r;
  },
});

/** The engineer's own "available / not available"; the service writes only me.id's row. */
export const setMyAvailabilityAction = action({
  permission: 'ticket.work',
  input: availabilitySchema,
  run: async (input, me) => {
    const r = await setMyAvailability(me, input.available);
    revalidatePath('/staff');
    return r;
  },
});
