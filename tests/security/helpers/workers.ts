// Real worker processes (`npm run worker` without the database bootstrap), pointed at this test
// file's database and at the Resend stub.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

export type WorkerProcess = {
  proc: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  /** SIGTERM (graceful: finishes the current message) or SIGKILL (a crash). Resolves when gone. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
};

export function spawnWorker(env: Record<string, string>): WorkerProcess {
  const proc = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['--import', './lib/jobs/server-only-hook.mjs', 'scripts/worker.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', RELASI_CHILD: '1', WORKER_POLL_MS: '100', LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: tsx runs the script in a child process, and a SIGKILL must reach both.
    detached: true,
  });
  let out = '';
  proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return {
    proc,
    output: () => out,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const kill = (sig: NodeJS.Signals) => {
        try {
          process.kill(-proc.pid!, sig);
        } catch {
          // already gone
        }
      };
      // SIGTERM goes to tsx, which relays it so the worker finishes its message and exits 0; SIGKILL
      // goes to the whole group, like a crash.
      if (signal === 'SIGKILL') kill('SIGKILL');
      else proc.kill(signal);
      const timer = setTimeout(() => kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls `check` every 100 ms until it returns true, or fails after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
