// npm run areas:load — loads (or refreshes) Indonesia's administrative areas from the idn-area-data
// package into DATABASE_URL (or the embedded database). Idempotent: a second run changes nothing.
import { prepareDatabase } from './lib/prepare';

const { stop } = await prepareDatabase({ seed: false });
const { sqlClient, closeDb } = await import('../db/client');
const { loadAreas } = await import('../lib/isp/areas/load');
try {
  const r = await loadAreas(sqlClient);
  const levels = Object.entries(r.byLevel)
    .map(([level, n]) => `${n} ${level}`)
    .join(', ');
  console.log(`Relasi: ${r.total} areas (${levels}); ${r.changed} inserted or changed in ${(r.ms / 1000).toFixed(1)} s`);
} finally {
  await closeDb();
  await stop();
}
