// One-click unsubscribe links: single-purpose and tamper-proof HMAC tokens; the confirm action and the
// RFC 8058 route opt the customer out of marketing only; GET changes nothing (C9).
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { customers } from '@/db/schema';
import { confirmUnsubscribe } from '@/lib/unsubscribe/actions';
import { signUnsubscribeToken, verifyUnsubscribeToken, UNSUBSCRIBE_PURPOSE } from '@/lib/unsubscribe/token';
import { GET, POST } from '@/app/api/unsubscribe/route';
import { NextRequest } from 'next/server';
import { createCustomer } from '../helpers/factories';
import { randomIp, runAs } from '../helpers/session';

const optOutOf = async (id: string) => (await db.select({ at: customers.marketingOptOutAt }).from(customers).where(eq(customers.id, id)))[0].at;

describe('unsubscribe tokens', () => {
  it('verify for the customer they were made for', async () => {
    const c = await createCustomer();
    expect(verifyUnsubscribeToken(signUnsubscribeToken(c.id))).toBe(c.id);
  });

  it('are refused when the customer id is changed', async () => {
    const [a, b] = [await createCustomer(), await createCustomer()];
    const sig = signUnsubscribeToken(a.id).split('.')[1];
    expect(verifyUnsubscribeToken(`${b.id}.${sig}`)).toBeNull();
    // one character of the id changed
    const flipped = a.id.slice(0, -1) + (a.id.endsWith('0') ? '1' : '0');
    expect(verifyUnsubscribeToken(`${flipped}.${sig}`)).toBeNull();
  });

  it('are single-purpose: a MAC over the same id for another purpose is refused', async () => {
    const c = await createCustomer();
    const other = signUnsubscribeToken(c.id, 'unsubscribe-everything' as typeof UNSUBSCRIBE_PURPOSE);
    expect(verifyUnsubscribeToken(other)).toBeNull();
    expect(verifyUnsubscribeToken(signUnsubscribeToken(c.id), 'reset-password' as typeof UNSUBSCRIBE_PURPOSE)).toBeNull();
  });

  it('are refused when the signature is truncated, altered, missing or padded', async () => {
    const c = await createCustomer();
    const t = signUnsubscribeToken(c.id);
    for (const bad of [t.slice(0, -1), t.slice(0, -10), `${t}A`, `${c.id}.`, c.id, `${t.slice(0, -1)}${t.endsWith('A') ? 'B' : 'A'}`, '', 'x'.repeat(500), `${c.id.toUpperCase()}.${t.split('.')[1]}`]) {
      expect(verifyUnsubscribeToken(bad), bad).toBeNull();
    }
    expect(verifyUnsubscribeToken(undefined)).toBeNull();
    expect(verifyUnsubscribeToken({ t })).toBeNull();
  });
});

describe('opting out', () => {
  it('the confirm action opts the customer out once, and refuses a forged link without changing anything', async () => {
    const c = await createCustomer();
    const r = await runAs(null, () => confirmUnsubscribe({ token: signUnsubscribeToken(c.id) }), { ip: randomIp() });
    expect(r).toMatchObject({ ok: true });
    const first = await optOutOf(c.id);
    expect(first).not.toBeNull();
    await runAs(null, () => confirmUnsubscribe({ token: signUnsubscribeToken(c.id) }));
    expect(await optOutOf(c.id)).toEqual(first);

    const victim = await createCustomer();
    const forged = `${victim.id}.${signUnsubscribeToken(c.id).split('.')[1]}`;
    expect(await runAs(null, () => confirmUnsubscribe({ token: forged }))).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await optOutOf(victim.id)).toBeNull();
  });

  it('RFC 8058: POST opts out, GET only redirects to the confirm page', async () => {
    const c = await createCustomer();
    const t = signUnsubscribeToken(c.id);
    const get = await GET(new NextRequest(`http://localhost:3000/api/unsubscribe?t=${encodeURIComponent(t)}`));
    expect(get.status).toBe(303);
    expect(get.headers.get('location')).toMatch(/\/unsubscribe\?t=/);
    expect(await optOutOf(c.id)).toBeNull();

    const post = await POST(
      new NextRequest(`http://localhost:3000/api/unsubscribe?t=${encodeURIComponent(t)}`, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
    );
    expect(post.status).toBe(200);
    expect(post.headers.get('cache-control')).toContain('no-store');
    expect(await optOutOf(c.id)).not.toBeNull();

    const other = await createCustomer();
    const bad = await POST(new NextRequest(`http://localhost:3000/api/unsubscribe?t=${other.id}.${t.split('.')[1]}`, { method: 'POST', body: 'List-Unsubscribe=One-Click' }));
    expect(bad.status).toBe(400);
    expect(await optOutOf(other.id)).toBeNull();
  });
});
