import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { projects } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';

/** One project of one customer for its edit form; another customer's project id is a 404. */
export async function getProjectForEdit(customerId: string, projectId: string) {
  await requirePermission('customer.manage');
  if (!z.uuid().safeParse(customerId).success || !z.uuid().safeParse(projectId).success) return null;
  const [row] = await db
    .select({
      id: projects.id,
      customerId: projects.customerId,
      name: projects.name,
      deliveryBegin: projects.deliveryBegin,
      deliveryEnd: projects.deliveryEnd,
      installationBegin: projects.installationBegin,
      installationEnd: projects.installationEnd,
      uatBegin: projects.uatBegin,
      uatEnd: projects.uatEnd,
      billingStart: projects.billingStart,
      billingDue: projects.billingDue,
      warrantyMonths: projects.warrantyMonths,
      contractStart: projects.contractStart,
      contractMonths: projects.contractMonths,
      slaPlanId: projects.slaPlanId,
      notes: projects.notes,
      version: projects.version,
    })
    .from(projects)
    .where(and(eq(projects.id, projectId), eq(projects.customerId, customerId)))
    .limit(1);
  return row ?? null;
}
