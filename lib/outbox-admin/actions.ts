'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { action } from '@/lib/auth/action';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/db/client';
import { NotFoundError } from '@/lib/errors';
import { requeueMessage } from '@/lib/jobs/drain-outbox';

export const retryOutboxMessage = action({
  permission: 'settings.manage',
  input: z.strictObject({ id: z.uuid() }),
  run: async (input, me) => {
    if (!(await requeueMessage(input.id))) throw new NotFoundError();
    await recordAudit(db, me, { action: 'outbox.retry', entityType: 'outbox', entityId: input.id });
    revalidatePath('/staff/outbox');
    return { ok: true };
  },
});
