// npm run db:seed — migrates, then (re)seeds the demo data. Refuses a database that holds real data
// unless it was seeded as a demo before, or --force is given.
import { prepareDatabase } from './lib/prepare';

const force = process.argv.includes('--force');
const { stop } = await prepareDatabase({ seed: 'always', force });
await stop();
