// Read-side helpers for security tests: a fingerprint of every table (a denied call must leave it
// unchanged) and the outbox rows a flow wrote (tokens are read from the mailed link, like a user would).
import { createHash } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { db, sqlClient } from '@/db/client';
import { outbox } from '@/db/schema';

/** One hash over the contents of every table in the public schema. */
export async function dbFingerprint(): Promise<string> {
  const tables = await sqlClient<{ name: string }[]>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`;
  const h = createHash('sha256');
  for (const { name } of tables) {
    const ident = `"${name.replace(/"/g, '""')}"`;
    const [row] = await sqlClient.unsafe(`select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum from ${ident} t`);
    h.update(`${name}:${row.n}:${row.sum};`);
  }
  return h.digest('hex');
}

/** Outbox rows for a recipient, newest first. */
export async function mailsTo(email: string) {
  return db.select().from(outbox).where(eq(outbox.recipient, email.toLowerCase())).orderBy(desc(outbox.createdAt), desc(outbox.id));
}

/** The token in the newest mailed link of `template` to `email`. */
export async function tokenFromMail(email: string, template: string, field = 'url'): Promise<string> {
  const mail = (await mailsTo(email)).find((m) => m.template === template);
  if (!mail) throw new Error(`no ${template} mail to ${email}`);
  const link = (mail.payload as Record<string, string>)[field];
  const token = new URL(link).searchParams.get('token');
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}
