// S25 / C18 for the staff lists that tests elsewhere do not cover (catalog search, the ticket queue and
// the customer list have theirs: tests/catalog/search.test.ts, tests/helpdesk/queries-scope.test.ts,
// lib/customers/service.test.ts). Each list gets a row whose searchable text holds the LIKE wildcards,
// a backslash and a quote, and a plain row; SQL-looking and wildcard searches must match literally
// (the plain row never comes back), never fail, and leave every table in place. The staff catalog
// list's sort and direction go through an allowlist.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, sqlClient } from '@/db/client';
import { inquiries, newsArticles, reviews } from '@/db/schema';
import { listItemsForStaff } from '@/lib/catalog/queries';
import { listInquiries } from '@/lib/inquiries/queries';
import { listArticlesForStaff } from '@/lib/news/queries';
import { listPromosForStaff } from '@/lib/promos/queries';
import { listReviewsForModeration } from '@/lib/reviews/queries';
import { listSegments } from '@/lib/segments/queries';
import { listUsers } from '@/lib/users/queries';
import { createItem } from '../helpers/catalog-factories';
import { createPromo, createSegment } from '../helpers/content-factories';
import { createUser, type TestUser } from '../helpers/factories';
import { runAs } from '../helpers/session';

const tag = randomBytes(3).toString('hex');
/** Searchable text of the hostile row: %, _, \ and a quote, as literal characters. */
const HOSTILE = `Diskon 50%_off\\x O'Brien ${tag}`;
const PLAIN = `Biasa saja ${tag}`;

type Found = { items: Array<{ id: string }> };
type List = { name: string; make: (text: string) => Promise<string>; search: (q: string) => Promise<Found> };

let admin: TestUser;

const LISTS: List[] = [
  {
    name: 'staff users (name, e-mail)',
    make: async (text) => (await createUser('helpdesk', { name: text })).id,
    search: (q) => listUsers({ q }),
  },
  {
    name: 'segments',
    make: (text) => createSegment([], text),
    search: (q) => listSegments({ q }),
  },
  {
    name: 'promos (title, voucher code)',
    make: async (text) => (await createPromo({ title: text, status: 'draft' })).id,
    search: (q) => listPromosForStaff({ q }),
  },
  {
    name: 'news articles',
    make: async (text) => {
      const [row] = await db
        .insert(newsArticles)
        .values({ slug: `berita-${randomBytes(4).toString('hex')}`, title: text, body: '<p>Isi</p>', status: 'draft' })
        .returning({ id: newsArticles.id });
      return row.id;
    },
    search: (q) => listArticlesForStaff({ q }),
  },
  {
    name: 'inquiries (name, e-mail, message, phone)',
    make: async (text) => {
      const [row] = await db
        .insert(inquiries)
        .values({ name: 'Ibu Sari', email: `tanya-${randomBytes(4).toString('hex')}@example.test`, topic: 'product', message: text, status: 'open' })
        .returning({ id: inquiries.id });
      return row.id;
    },
    search: (q) => listInquiries({ q, status: 'all' }),
  },
  {
    name: 'reviews (item, body, author)',
    make: async (text) => {
      const item = await createItem();
      const author = await createUser('customer', { name: 'Pengulas' });
      const [row] = await db
        .insert(reviews)
        .values({ itemId: item.id, customerId: author.customerId!, userId: author.id, rating: 4, body: text, status: 'pending' })
        .returning({ id: reviews.id });
      return row.id;
    },
    search: (q) => listReviewsForModeration({ q, status: 'all' }),
  },
];

const ids = new Map<string, { hostile: string; plain: string }>();

beforeAll(async () => {
  admin = await createUser('admin');
  for (const l of LISTS) ids.set(l.name, { hostile: await l.make(HOSTILE), plain: await l.make(PLAIN) });
});

async function tables(): Promise<string[]> {
  const rows = await sqlClient<{ t: string }[]>`select table_name as t from information_schema.tables where table_schema = 'public' order by 1`;
  return rows.map((r) => r.t);
}

describe('S25 search input is matched literally on every staff list', () => {
  it.each(LISTS.map((l) => [l.name, l] as const))('S25 %s', async (_name, list) => {
    const { hostile, plain } = ids.get(list.name)!;
    const found = async (q: string) => new Set((await runAs(admin, () => list.search(q))).items.map((r) => r.id));
    const tablesBefore = await tables();

    // The fixture is reachable at all: an ordinary search finds both rows by their shared tag.
    const both = await found(tag);
    expect(both.has(hostile) && both.has(plain), 'both rows are found by the tag').toBe(true);

    // Wildcards and the escape character are plain characters: only the row that holds them.
    for (const q of ['%', '_', '\\', '%_', '50%_off\\x', "O'Brien"]) {
      const hit = await found(q);
      expect(hit.has(hostile), `${q} finds the row holding it`).toBe(true);
      expect(hit.has(plain), `${q} does not match everything`).toBe(false);
    }
    // SQL in the search box is text that no row holds.
    for (const q of ["' OR 1=1--", "' OR '1'='1", '%\' ; DROP TABLE users; --', '") OR ("1"="1', '\\\'; select pg_sleep(5); --', '1; TRUNCATE audit_log']) {
      const hit = await found(q);
      expect(hit.has(plain), q).toBe(false);
      expect(hit.has(hostile), q).toBe(false);
    }
    expect(await tables()).toEqual(tablesBefore);
    expect(Number((await sqlClient`select count(*)::int as n from users`)[0].n)).toBeGreaterThan(0);
  });
});

describe('S25 the staff catalog list sorts only by its allowlist', () => {
  it('S25 an unknown sort or direction falls back to the default order; tables intact', async () => {
    for (let i = 0; i < 3; i++) await createItem();
    const order = async (params: Record<string, unknown>) => (await runAs(admin, () => listItemsForStaff(params))).items.map((r) => r.id);
    const def = await order({});
    expect(def.length).toBeGreaterThanOrEqual(3);
    const before = await tables();
    for (const sort of ['name;DROP TABLE catalog_items', '"id"--', 'price_idr desc', '(select 1)', 'NAME', '']) {
      expect(await order({ sort }), sort).toEqual(def);
    }
    for (const dir of ['asc;', 'desc; drop table users', 'ASC', '1']) {
      expect(await order({ dir }), dir).toEqual(def);
    }
    // A real key still sorts: the allowlist is what was exercised above, not a broken sort.
    const byName = await runAs(admin, () => listItemsForStaff({ sort: 'name', dir: 'asc' }));
    const names = byName.items.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id', { sensitivity: 'base' })));
    expect(await tables()).toEqual(before);
  });
});
