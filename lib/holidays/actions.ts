'use server';
import { revalidatePath } from 'next/cache';
import { action } from '@/lib/auth/action';
import { holidayDaySchema, holidaySchema, holidayYearSchema } from './schemas';
import { addNationalHolidays, deleteHoliday, saveHoliday } from './service';

export const saveHolidayAction = action({
  permission: 'sla.manage',
  input: holidaySchema,
  run: async (input, me) => {
    const h = await saveHoliday(me, input);
    revalidatePath('/staff/holidays');
    return h;
  },
});

export const deleteHolidayAction = action({
  permission: 'sla.manage',
  input: holidayDaySchema,
  run: async (input, me) => {
    const h = await deleteHoliday(me, input.day);
    revalidatePath('/staff/holidays');
    return h;
  },
});

export const addNationalHolidaysAction = action({
  permission: 'sla.manage',
  input: holidayYearSchema,
  run: async (input, me) => {
    const r = await addNationalHolidays(me, input.year);
    revalidatePath('/staff/holidays');
    return r;
  },
});
