'use server';
import { revalidatePath, revalidateTag } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { action } from '@/lib/auth/action';
import { getClientIp } from '@/lib/auth/request';
import type { Locale } from '@/lib/i18n/config';
import { addCoverageSchema, coverageIdSchema, waitingListSchema } from './schemas';
import { addCoverage, joinWaitingList, removeCoverage } from './service';
import { ISP_COVERAGE_TAG } from './tags';

export const addCoverageAction = action({
  permission: 'isp.manage',
  input: addCoverageSchema,
  run: async (input, me) => {
    const r = await addCoverage(me, input);
    revalidateTag(ISP_COVERAGE_TAG, { expire: 0 });
    revalidatePath('/staff/isp/coverage');
    revalidatePath('/staff/isp/waiting-list');
    return r;
  },
});

export const removeCoverageAction = action({
  permission: 'isp.manage',
  input: coverageIdSchema,
  run: async (input, me) => {
    const r = await removeCoverage(me, input.id);
    revalidateTag(ISP_COVERAGE_TAG, { expire: 0 });
    revalidatePath('/staff/isp/coverage');
    return r;
  },
});

/** Public: a visitor in an uncovered village joins the waiting list (rate-limited, honeypot). */
export const joinWaitingListAction = action({
  permission: 'public',
  input: waitingListSchema,
  run: async (input) => joinWaitingList(input, { ip: await getClientIp(), locale: (await getLocale()) as Locale }),
});
