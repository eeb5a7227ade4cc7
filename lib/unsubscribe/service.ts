import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { db, type Conn } from '@/db/client';
import { customers } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { verifyUnsubscribeToken } from './token';

/**
 * Opts the token's customer out of marketing messages. Idempotent: a second click keeps the first
 * opt-out time. Returns false for a token that does not verify (the caller answers the same way
 * either way, so a guess learns nothing). Service messages are not affected.
 */
export async function optOutWithToken(token: unknown, conn: Conn = db): Promise<boolean> {
  const customerId = verifyUnsubscribeToken(token);
  if (!customerId) return false;
  await conn.transaction(async (tx) => {
    const [row] = await tx
      .update(customers)
      .set({ marketingOptOutAt: new Date() })
      .where(and(eq(customers.id, customerId), isNull(customers.marketingOptOutAt)))
      .returning({ id: customers.id });
    if (row) await recordAudit(tx, null, { action: 'customer.marketing_opt_out', entityType: 'customer', entityId: row.id, after: { via: 'unsubscribe-link' } });
  });
  return true;
}
