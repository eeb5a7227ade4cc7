import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { tickets } from '@/db/schema';
import type { SlaState } from './constants';

/**
 * The SLA state now, in SQL, for queues and filters: live from the current clock's instants for a
 * running clock; the stored state for a paused or stopped clock (resolved, closed…).
 */
export const slaStateNow: SQL<SlaState> = sql<SlaState>`(case
  when ${tickets.slaDueAt} is null or ${tickets.pausedSince} is not null then ${tickets.slaState}
  when now() >= ${tickets.slaDueAt} then 'breached'::sla_state
  when now() >= ${tickets.slaWarnAt} then 'warning'::sla_state
  else 'ok'::sla_state end)`;
