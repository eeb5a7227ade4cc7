// npm run db:migrate — applies the committed migrations to DATABASE_URL (or the embedded database).
import { prepareDatabase } from './lib/prepare';

const { stop } = await prepareDatabase({ seed: false });
await stop();
