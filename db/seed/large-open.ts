// The still-open tickets of the large seed (db/seed/large.ts), built in Node so their SLA instants come
// from the real business calendar (computeInstants, slaStateAt), exactly as the services write them:
// the queue sorts by those instants and the SLA job acts on them. Each gets its history in audit_log
// (creation and every move so far, at their own instants) and, where a clock already passed its warning
// or due time, the sla_events row the job would have written — so the job does not alert on a flood
// of old tickets when the app starts, only on clocks that run out from now on.
import { randomUUID } from 'node:crypto';
import type postgres from 'postgres';
import type { BusinessCalendar } from '@/lib/sla/calendar';
import { computeInstants, slaStateAt } from '@/lib/sla/clock';
import type { SlaEventKind, SlaState, TicketCategory, TicketPriority, TicketStatus } from '@/lib/tickets/constants';
import { DETAILS, FIRST_NAMES, LAST_NAMES, PEND_REASONS, SUMMARIES } from './large-data';

const BATCH = 2_500;

/** Where the open tickets stand by age (hours): the youngest still at the desk, older ones with an engineer. */
const SHARES_BY_AGE: Array<[number, Array<[TicketStatus, number]>]> = [
  [1, [['new', 0.5], ['assigned', 0.3], ['accepted', 0.2]]],
  [4, [['new', 0.1], ['assigned', 0.2], ['accepted', 0.3], ['dispatched', 0.25], ['confirmed', 0.15]]],
  [12, [['accepted', 0.1], ['dispatched', 0.2], ['confirmed', 0.3], ['in_progress', 0.4]]],
  [Infinity, [['dispatched', 0.05], ['confirmed', 0.1], ['in_progress', 0.5], ['pending', 0.35]]],
];
/** How many minutes (calendar) each step took, at least and at most. */
const STEPS = [
  { to: 'assigned', move: 'assign', min: 5, max: 90 },
  { to: 'accepted', move: 'accept', min: 10, max: 180 },
  { to: 'dispatched', move: 'dispatch', min: 10, max: 120 },
  { to: 'confirmed', move: 'confirm', min: 5, max: 90 },
  { to: 'in_progress', move: 'start', min: 30, max: 600 },
  { to: 'pending', move: 'pend', min: 30, max: 900 },
] as const;

const TICKET_COLUMNS: Array<[string, string]> = [
  ['id', 'uuid'], ['number', 'text'], ['customer_id', 'uuid'], ['sla_plan_id', 'uuid'], ['reporter_name', 'text'], ['reporter_phone', 'text'],
  ['reporter_email', 'text'], ['category', 'ticket_category'], ['priority', 'ticket_priority'], ['summary', 'text'], ['detail', 'text'],
  ['status', 'ticket_status'], ['service_point_id', 'uuid'], ['assignee_id', 'uuid'], ['created_by', 'uuid'], ['assigned_by', 'uuid'],
  ['assigned_at', 'timestamptz'], ['accepted_by', 'uuid'], ['accepted_at', 'timestamptz'], ['dispatched_by', 'uuid'], ['dispatched_at', 'timestamptz'],
  ['confirmed_by', 'uuid'], ['confirmed_at', 'timestamptz'], ['started_at', 'timestamptz'], ['pending_by', 'uuid'], ['pending_at', 'timestamptz'],
  ['pending_reason', 'text'], ['sla_response_minutes', 'int'], ['sla_resolution_minutes', 'int'], ['sla_warning_percent', 'smallint'],
  ['sla_pause_on_pending', 'boolean'], ['responded_at', 'timestamptz'], ['response_warn_at', 'timestamptz'], ['response_due_at', 'timestamptz'],
  ['resolution_warn_at', 'timestamptz'], ['resolution_due_at', 'timestamptz'], ['paused_since', 'timestamptz'], ['sla_warn_at', 'timestamptz'],
  ['sla_due_at', 'timestamptz'], ['sla_state', 'sla_state'], ['idempotency_key', 'uuid'], ['version', 'int'], ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
];
const AUDIT_COLUMNS: Array<[string, string]> = [
  ['actor_id', 'uuid'], ['actor_role', 'user_role'], ['action', 'text'], ['entity_type', 'text'], ['entity_id', 'text'], ['before', 'jsonb'], ['after', 'jsonb'], ['at', 'timestamptz'],
];
const EVENT_COLUMNS: Array<[string, string]> = [['ticket_id', 'uuid'], ['kind', 'sla_event_kind'], ['due_at', 'timestamptz'], ['created_at', 'timestamptz']];

/** insert … select from jsonb_to_recordset($1): one parameter, one round trip, any number of rows. */
function insertJsonSql(table: string, columns: Array<[string, string]>): string {
  const names = columns.map(([c]) => c).join(', ');
  return `insert into ${table} (${names}) select ${names} from jsonb_to_recordset($1::text::jsonb) as x(${columns.map(([c, t]) => `${c} ${t}`).join(', ')})`;
}

type Staged = {
  number: string; created_at: Date; customer_id: string; pic: string; phone: string; email: string;
  plan_id: string; resp: number; resol: number; warn: number; pause: boolean; sp_id: string; engineers: string[]; coordinator: string | null;
};

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)];
const between = (min: number, max: number) => min + Math.random() * (max - min);
function weighted<T>(pairs: Array<[T, number]>): T {
  let x = Math.random();
  for (const [v, w] of pairs) if ((x -= w) < 0) return v;
  return pairs[pairs.length - 1][0];
}

export async function seedOpenTickets(
  sql: postgres.Sql,
  o: { cal: BusinessCalendar; now: Date; helpdesk: string[]; admin: string; log: (line: string) => void },
): Promise<void> {
  const staged = await sql<Staged[]>`
    select s.number, s.created_at, c.id as customer_id, c.pic, c.phone, c.email,
      p.id as plan_id, p.resp, p.resol, p.warn, p.pause, sp.id as sp_id, sp.engineers, sp.coordinator
    from seed_large_tickets s
    join seed_large_customers c on c.idx = s.cust
    join seed_large_plans p on p.k = least(c.plan_pick, (select max(k) from seed_large_plans))
    join seed_large_points sp on sp.k = c.sp_k
    where s.open order by s.seq`;
  const ticketSql = insertJsonSql('tickets', TICKET_COLUMNS);
  const auditSql = insertJsonSql('audit_log', AUDIT_COLUMNS);
  const eventSql = insertJsonSql('sla_events', EVENT_COLUMNS);
  const states: Record<SlaState, number> = { ok: 0, warning: 0, breached: 0 };
  let done = 0;
  // Building a batch (the SLA clock in Node) overlaps with writing the previous one.
  let writing: Promise<void> = Promise.resolve();
  for (let i = 0; i < staged.length; i += BATCH) {
    const tickets: Record<string, unknown>[] = [];
    const audit: Record<string, unknown>[] = [];
    const events: Record<string, unknown>[] = [];
    for (const s of staged.slice(i, i + BATCH)) {
      const t = buildTicket(s, o, audit, events);
      states[t.sla_state as SlaState]++;
      tickets.push(t);
    }
    await writing;
    writing = sql
      .begin(async (tx) => {
        await tx`set local synchronous_commit = off`;
        await tx.unsafe(ticketSql, [JSON.stringify(tickets)]);
        await tx.unsafe(auditSql, [JSON.stringify(audit)]);
        if (events.length) await tx.unsafe(eventSql, [JSON.stringify(events)]);
      })
      .then(() => {
        done += tickets.length;
        if (done % (BATCH * 4) === 0 || done === staged.length) o.log(`  open tickets ${done.toLocaleString('en-US')} / ${staged.length.toLocaleString('en-US')}`);
      });
  }
  await writing;
  o.log(`  SLA now: ${states.ok.toLocaleString('en-US')} ok, ${states.warning.toLocaleString('en-US')} warning, ${states.breached.toLocaleString('en-US')} breached`);
}

function buildTicket(
  s: Staged,
  o: { cal: BusinessCalendar; now: Date; helpdesk: string[]; admin: string },
  audit: Record<string, unknown>[],
  events: Record<string, unknown>[],
): Record<string, unknown> {
  const id = randomUUID();
  const created = new Date(s.created_at);
  const ageMinutes = (o.now.getTime() - created.getTime()) / 60_000;
  const status = weighted(SHARES_BY_AGE.find(([hours]) => ageMinutes < hours * 60)![1]);
  const steps = STEPS.slice(0, STEPS.findIndex((st) => st.to === status) + 1);
  // Step durations, squeezed into the ticket's age when it is younger than they add up to.
  const gaps = steps.map((st) => between(st.min, st.max));
  const total = gaps.reduce((a, b) => a + b, 0);
  const scale = total > ageMinutes * 0.95 ? (ageMinutes * 0.95) / total : 1;
  const at: Partial<Record<TicketStatus, Date>> = { new: created };
  let clock = created.getTime();
  steps.forEach((st, k) => {
    clock += gaps[k] * scale * 60_000;
    at[st.to] = new Date(clock);
  });

  const desk = pick([...o.helpdesk, o.admin]);
  const deskRole = desk === o.admin ? 'admin' : 'helpdesk';
  const coord = s.coordinator ?? o.admin;
  const coordRole = s.coordinator ? 'service_point' : 'admin';
  const engineer = at.dispatched ? pick(s.engineers) : null;
  const category = weighted<TicketCategory>([['incident', 0.55], ['request', 0.25], ['complaint', 0.12], ['installation', 0.08]]);
  const priority = weighted<TicketPriority>([['low', 0.15], ['normal', 0.55], ['high', 0.22], ['critical', 0.08]]);
  const summary = pick(SUMMARIES[category]);
  const number = s.number;

  const i = computeInstants(created, { responseMinutes: s.resp, resolutionMinutes: s.resol, warningPercent: s.warn }, 0, o.cal);
  const respondedAt = at.accepted ?? null;
  const pausedSince = status === 'pending' && s.pause ? at.pending! : null;
  const warnAt = respondedAt ? i.resolutionWarnAt : i.responseWarnAt;
  const dueAt = respondedAt ? i.resolutionDueAt : i.responseDueAt;
  const slaState = slaStateAt(o.now, warnAt, dueAt, pausedSince);

  // The alerts the SLA job would have recorded by now (it records the warning too when it finds a breach).
  const event = (kind: SlaEventKind, dueAtOf: Date) => events.push({ ticket_id: id, kind, due_at: dueAtOf, created_at: dueAtOf });
  if (respondedAt && respondedAt >= i.responseWarnAt) event('response_warning', i.responseWarnAt);
  if (respondedAt && respondedAt >= i.responseDueAt) event('response_breach', i.responseDueAt);
  const phase = respondedAt ? 'resolution' : 'response';
  if (slaState !== 'ok') event(`${phase}_warning`, warnAt);
  if (slaState === 'breached') event(`${phase}_breach`, dueAt);

  audit.push({
    actor_id: desk, actor_role: deskRole, action: 'ticket.create', entity_type: 'ticket', entity_id: id, before: null,
    after: { number, status: 'new', customerId: s.customer_id, category, priority, summary }, at: created,
  });
  let prev = { status: 'new' as TicketStatus, servicePointId: null as string | null, assigneeId: null as string | null };
  const pendReason = pick(PEND_REASONS);
  for (const st of steps) {
    const next = { status: st.to as TicketStatus, servicePointId: s.sp_id, assigneeId: st.to === 'assigned' || st.to === 'accepted' ? null : engineer };
    const [actor, role] = st.move === 'assign' ? [desk, deskRole] : st.move === 'accept' || st.move === 'dispatch' ? [coord, coordRole] : [engineer, 'engineer'];
    audit.push({
      actor_id: actor, actor_role: role, action: `ticket.${st.move}`, entity_type: 'ticket', entity_id: id, before: prev,
      after: { ...next, ...(st.move === 'pend' ? { reason: pendReason } : {}) }, at: at[st.to],
    });
    prev = next;
  }

  return {
    id, number, customer_id: s.customer_id, sla_plan_id: s.plan_id,
    reporter_name: Math.random() < 0.6 ? s.pic : `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`, reporter_phone: s.phone,
    reporter_email: Math.random() < 0.5 ? s.email : null, category, priority, summary, detail: pick(DETAILS), status,
    service_point_id: at.assigned ? s.sp_id : null, assignee_id: engineer, created_by: desk,
    assigned_by: at.assigned ? desk : null, assigned_at: at.assigned ?? null,
    accepted_by: at.accepted ? coord : null, accepted_at: at.accepted ?? null,
    dispatched_by: at.dispatched ? coord : null, dispatched_at: at.dispatched ?? null,
    confirmed_by: at.confirmed ? engineer : null, confirmed_at: at.confirmed ?? null, started_at: at.in_progress ?? null,
    pending_by: at.pending ? engineer : null, pending_at: at.pending ?? null, pending_reason: at.pending ? pendReason : null,
    sla_response_minutes: s.resp, sla_resolution_minutes: s.resol, sla_warning_percent: s.warn, sla_pause_on_pending: s.pause,
    responded_at: respondedAt, response_warn_at: i.responseWarnAt, response_due_at: i.responseDueAt,
    resolution_warn_at: i.resolutionWarnAt, resolution_due_at: i.resolutionDueAt, paused_since: pausedSince,
    sla_warn_at: warnAt, sla_due_at: dueAt, sla_state: slaState, idempotency_key: randomUUID(), version: 1 + steps.length,
    created_at: created, updated_at: at[status],
  };
}
