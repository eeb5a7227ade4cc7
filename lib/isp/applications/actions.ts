'use server';
import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { action } from '@/lib/auth/action';
import { getClientIp } from '@/lib/auth/request';
import type { Locale } from '@/lib/i18n/config';
import { moveApplication, type MoveCommand } from './move';
import { activateSchema, applySchema, recordSurveySchema, rejectSchema, scheduleInstallationSchema, scheduleSurveySchema, signupSchema } from './schemas';
import { submitApplicationForCustomer, submitSignup } from './submit';

/** Public: the sign-up form on /internet/daftar opens an account and the application together. */
export const signUpForInternet = action({
  permission: 'public',
  input: signupSchema,
  run: async (input) => submitSignup(input, { ip: await getClientIp(), locale: (await getLocale()) as Locale }),
});

/** A signed-in customer applies from /account/applications/new. */
export const applyForInternet = action({
  permission: 'account.self',
  input: applySchema,
  run: async (input, me) => {
    const r = await submitApplicationForCustomer(me, input);
    revalidatePath('/account/applications');
    return r;
  },
});

async function move(me: Parameters<typeof moveApplication>[0], cmd: MoveCommand) {
  const r = await moveApplication(me, cmd);
  revalidatePath('/staff/isp/applications');
  revalidatePath(`/staff/isp/applications/${r.id}`);
  return { number: r.number, status: r.status, version: r.version };
}

export const scheduleSurveyAction = action({
  permission: 'signup.review',
  input: scheduleSurveySchema,
  run: (input, me) => move(me, { move: 'schedule_survey', ...input }),
});

/** Customer support, or the technician booked for the survey (checked by the service in SQL). */
export const recordSurveyAction = action({
  permission: 'staff.access',
  input: recordSurveySchema,
  run: (input, me) => move(me, { move: 'record_survey', ...input }),
});

export const scheduleInstallationAction = action({
  permission: 'signup.review',
  input: scheduleInstallationSchema,
  run: (input, me) => move(me, { move: 'schedule_installation', ...input }),
});

/** Customer support, or the technician booked for the installation; starts the subscription. */
export const activateApplicationAction = action({
  permission: 'staff.access',
  input: activateSchema,
  run: (input, me) => move(me, { move: 'activate', ...input }),
});

export const rejectApplicationAction = action({
  permission: 'signup.review',
  input: rejectSchema,
  run: (input, me) => move(me, { move: 'reject', ...input }),
});
