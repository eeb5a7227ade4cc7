import 'server-only';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { env } from '@/lib/env';
import { defaultTransport, type EmailTransport } from '@/lib/email/transport';
import { logError, logInfo } from '@/lib/log';
import { drainOutbox } from './drain-outbox';
import { periodicJobs } from './registry';

export type WorkerHandle = { stop: () => Promise<void>; id: string };

/** The background worker: drains the outbox continuously and runs periodic jobs. Safe to run many. */
export function startWorker(opts: { transport?: EmailTransport; pollMs?: number } = {}): WorkerHandle {
  const id = `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const transport = opts.transport ?? defaultTransport();
  const pollMs = opts.pollMs ?? env.WORKER_POLL_MS;
  if (transport.name === 'dev') logInfo('worker', 'RESEND_API_KEY is not set: e-mail uses the development transport (recorded in the outbox, see /staff/outbox)');
  let running = true;
  const lastRun = new Map<string, number>();

  const loop = (async () => {
    while (running) {
      let handled = 0;
      try {
        handled = await drainOutbox(transport, id);
        for (const job of periodicJobs) {
          const last = lastRun.get(job.name) ?? 0;
          if (Date.now() - last < job.everyMs) continue;
          lastRun.set(job.name, Date.now());
          await job.run().catch((err) => logError(`job.${job.name}`, err));
        }
      } catch (err) {
        logError('worker', err);
      }
      if (!handled) await new Promise((r) => setTimeout(r, pollMs));
    }
  })();

  return {
    id,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}
