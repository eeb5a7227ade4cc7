// S31 / C20: a real database failure inside a server action reaches the caller as one generic,
// translated sentence with a digest — no SQL, table, column or driver text — and the server log line
// carries that digest but none of the secrets that were in the request (a canary password, NIK or token).
// The failure is forced for real: the table the action needs is renamed away for the duration of the call.
import { randomBytes } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sqlClient } from '@/db/client';
import { login, register, saveProfile } from '@/lib/accounts/actions';
import { applyForInternet } from '@/lib/isp/applications/actions';
import { saveCompany } from '@/lib/settings/actions';
import { logError, redact } from '@/lib/log';
import en from '@/messages/en.json';
import id from '@/messages/id.json';
import { createUser, type TestUser } from '../helpers/factories';
import { ispMatrixInputs, uniqueNik } from '../helpers/isp-factories';
import { randomIp, runAs } from '../helpers/session';

const CANARY_PASSWORD = `Kanari#${randomBytes(6).toString('hex')}-sandi`;
const CANARY_NIK = uniqueNik();
const CANARY_TOKEN = randomBytes(24).toString('base64url');

/** Everything written to the console while `fn` runs. */
async function captureLogs<T>(fn: () => Promise<T>): Promise<{ result: T; logs: string }> {
  const lines: string[] = [];
  const spies = (['error', 'warn', 'log', 'info', 'debug'] as const).map((level) =>
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    }),
  );
  try {
    return { result: await fn(), logs: lines.join('\n') };
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

/** Runs `fn` while `table` does not exist under its name, so every query on it fails in PostgreSQL. */
async function withoutTable<T>(table: string, fn: () => Promise<T>): Promise<T> {
  const hidden = `${table}_hidden_${randomBytes(3).toString('hex')}`;
  await sqlClient.unsafe(`alter table "${table}" rename to "${hidden}"`);
  try {
    return await fn();
  } finally {
    await sqlClient.unsafe(`alter table "${hidden}" rename to "${table}"`);
  }
}

/** Runs `fn` while every INSERT into `table` is refused by PostgreSQL (the statement that carries the row's values). */
async function withFailingInsert<T>(table: string, fn: () => Promise<T>): Promise<T> {
  const name = `s31_refuse_${randomBytes(3).toString('hex')}`;
  await sqlClient.unsafe(`create function ${name}() returns trigger language plpgsql as $$ begin raise exception 'forced failure (S31)'; end $$`);
  await sqlClient.unsafe(`create trigger ${name} before insert on "${table}" for each row execute function ${name}()`);
  try {
    return await fn();
  } finally {
    await sqlClient.unsafe(`drop trigger ${name} on "${table}"`);
    await sqlClient.unsafe(`drop function ${name}()`);
  }
}

const GENERIC_ID = new RegExp(`^${id.errors.internalWithDigest.replace(/[.()]/g, '\\$&').replace('{digest}', '([0-9a-f]{8})')}$`);
const GENERIC_EN = new RegExp(`^${en.errors.internalWithDigest.replace(/[.()]/g, '\\$&').replace('{digest}', '([0-9a-f]{8})')}$`);
const INTERNALS = /relation|does not exist|select |insert |update |postgres|sql|column|table|users|settings|stack|at \/|\.ts:/i;

let admin: TestUser;
let customer: TestUser;
beforeAll(async () => {
  admin = await createUser('admin');
  customer = await createUser('customer', { password: CANARY_PASSWORD });
});
afterEach(() => vi.restoreAllMocks());

describe('S31 a forced database error is generic to the caller and redacted in the log', () => {
  it('S31 login with a canary password while the users table is gone', async () => {
    const { result, logs } = await captureLogs(() =>
      withoutTable('users', () => runAs(null, () => login({ email: customer.email, password: CANARY_PASSWORD }), { ip: randomIp() })),
    );
    expect(result).toMatchObject({ ok: false, code: 'INTERNAL' });
    const message = (result as { message: string }).message;
    const digest = GENERIC_ID.exec(message)?.[1];
    expect(digest, message).toBeDefined();
    expect(message).not.toMatch(INTERNALS);
    expect(JSON.stringify(result)).not.toContain(CANARY_PASSWORD);
    // The operator can find the failure by its digest; the secret never reaches the log.
    expect(logs).toContain(`digest=${digest}`);
    expect(logs).not.toContain(CANARY_PASSWORD);
    // And the app works again once the table is back: the failure was the forced one.
    const ok = await runAs(null, () => login({ email: customer.email, password: CANARY_PASSWORD }), { ip: randomIp() });
    expect(ok).toMatchObject({ ok: true });
  });

  it('S31 registering with a canary password while the users table is gone (English caller)', async () => {
    const email = `kanari-${randomBytes(4).toString('hex')}@example.test`;
    const { result, logs } = await captureLogs(() =>
      withoutTable('users', () =>
        runAs(null, () => register({ name: 'Kanari', email, phone: '', password: CANARY_PASSWORD, confirmPassword: CANARY_PASSWORD }), { ip: randomIp(), locale: 'en' }),
      ),
    );
    expect(result).toMatchObject({ ok: false, code: 'INTERNAL' });
    const message = (result as { message: string }).message;
    expect(message).toMatch(GENERIC_EN);
    expect(message).not.toMatch(INTERNALS);
    expect(logs).toContain(`digest=${GENERIC_EN.exec(message)![1]}`);
    expect(logs).not.toContain(CANARY_PASSWORD);
    expect(logs).not.toMatch(/\$argon2id\$/);
  });

  it('S31 a staff action and a customer action fail the same generic way', async () => {
    const company = { name: 'PT Uji', tagline: '', about: '', vision: '', address: '', city: '', phone: '', whatsapp: '', email: '', mapUrl: '', instagram: '', facebook: '', youtube: '', tiktok: '' };
    const staff = await captureLogs(() => withoutTable('settings', () => runAs(admin, () => saveCompany(company))));
    expect(staff.result).toMatchObject({ ok: false, code: 'INTERNAL' });
    expect((staff.result as { message: string }).message).toMatch(GENERIC_ID);
    const own = await captureLogs(() => withoutTable('audit_log', () => runAs(customer, () => saveProfile({ name: 'Nama Baru', phone: '', locale: 'id' }))));
    // Either the profile write or its audit row fails; both are one transaction, so nothing changed.
    expect(own.result).toMatchObject({ ok: false, code: 'INTERNAL' });
    expect((own.result as { message: string }).message).not.toMatch(INTERNALS);
    const [row] = await sqlClient<{ name: string }[]>`select name from users where id = ${customer.id}`;
    expect(row.name).toBe(customer.name);
  });

  it('S31 a failing query whose parameters hold a NIK logs neither the NIK nor the other parameters', async () => {
    const input = { ...(await ispMatrixInputs.apply()), nik: CANARY_NIK, phone: '0812 9999 3131' };
    const { result, logs } = await captureLogs(() => withFailingInsert('isp_applications', () => runAs(customer, () => applyForInternet(input))));
    expect(result).toMatchObject({ ok: false, code: 'INTERNAL' });
    expect((result as { message: string }).message).toMatch(GENERIC_ID);
    // Drizzle puts the query's parameters into the error text ("params: …"); the log keeps the query shape only.
    expect(logs).toMatch(/digest=[0-9a-f]{8}/);
    expect(logs, 'the failing statement is the insert of the application').toMatch(/insert into "isp_applications"[\s\S]*forced failure \(S31\)/);
    expect(logs).not.toContain(CANARY_NIK);
    expect(logs).not.toContain('9999');
  });

  it('S31 the log line of an error carrying secrets in its text keeps none of them', async () => {
    const err = Object.assign(new Error(`insert failed: password=${CANARY_PASSWORD} nik: ${CANARY_NIK} {"token":"${CANARY_TOKEN}"} $argon2id$v=19$m=19456,t=2,p=1$abc$def`), {
      cause: { code: '23505', message: `Key (nik)=(${CANARY_NIK}) already exists; cookie=authjs.session-token=${CANARY_TOKEN}` },
    });
    const { result: digest, logs } = await captureLogs(async () => logError('test', err));
    expect(logs).toContain(`digest=${digest}`);
    for (const canary of [CANARY_PASSWORD, CANARY_TOKEN, CANARY_NIK, '$argon2id$v=19']) expect(logs).not.toContain(canary);
    expect(redact(`Authorization: Bearer ${CANARY_TOKEN}`)).not.toContain(CANARY_TOKEN);
  });
});
