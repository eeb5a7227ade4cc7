// npm run db:seed — migrates, then (re)seeds the demo data. Refuses a database that holds real data
// unless it was seeded as a demo before, or --force is given.
//   npm run db:seed -- --scale=large    # then adds 100,000 customers and 1,000,000 tickets (db/seed/large.ts)
//   npm run db:seed -- --scale=large --customers=5000 --tickets=50000   # a smaller "large" run
import { prepareDatabase } from './lib/prepare';

const args = process.argv.slice(2);
const force = args.includes('--force');
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const scale = flag('scale') ?? 'demo';
if (scale !== 'demo' && scale !== 'large') {
  console.error(`Relasi: unknown --scale=${scale} (demo or large)`);
  process.exit(1);
}

const { url, stop } = await prepareDatabase({ seed: 'always', force });
let failed = false;
if (scale === 'large') {
  const { LARGE_DEFAULTS, seedLarge } = await import('../db/seed/large');
  const count = (name: 'customers' | 'tickets') => {
    const v = flag(name);
    const n = v === undefined ? LARGE_DEFAULTS[name] : Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number`);
    return n;
  };
  try {
    await seedLarge(url, { ...LARGE_DEFAULTS, customers: count('customers'), tickets: count('tickets'), log: (line) => console.log(`Relasi: large seed: ${line}`) });
  } catch (err) {
    console.error(`Relasi: large seed failed: ${(err as Error).message}`);
    if (process.env.DEBUG) console.error(err);
    failed = true;
  }
}
await stop();
if (failed) process.exit(1);
