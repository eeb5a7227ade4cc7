// Demo catalog (issue #5): 11 categories, 64 goods and services, one generated picture per item.
// Pictures are drawn here as SVG (category colour, a simple icon, the item's name) and go through the
// same pipeline as staff uploads (sharp → WebP variants in UPLOAD_DIR/public), so nothing is
// downloaded. Idempotent: categories are found by slug and items by SKU; an item that already has
// images keeps them, and what staff changed since is left alone.
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { catalogCategories, catalogImages, catalogItems, media } from '@/db/schema';
import { encodeVariants } from '@/lib/media/pipeline';
import { slugify } from '@/lib/catalog/slug';
import { SEED_CATEGORIES, SEED_ITEMS, type IconKind } from './catalog-data';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Simple line icons (white strokes) centred in a 200 × 200 box. */
const ICONS: Record<IconKind, string> = {
  network: '<circle cx="100" cy="40" r="18"/><circle cx="40" cy="150" r="18"/><circle cx="160" cy="150" r="18"/><path d="M92 56 48 134M108 56l44 78M58 150h84"/>',
  router: '<rect x="30" y="100" width="140" height="50" rx="10"/><path d="M60 100V40M100 100V30M140 100V40"/><circle cx="60" cy="125" r="5"/><circle cx="85" cy="125" r="5"/><circle cx="110" cy="125" r="5"/>',
  wifi: '<path d="M30 85a100 100 0 0 1 140 0M55 110a65 65 0 0 1 90 0M78 135a32 32 0 0 1 44 0"/><circle cx="100" cy="160" r="8"/>',
  switch: '<rect x="20" y="70" width="160" height="60" rx="8"/><path d="M40 90h14v14H40zM64 90h14v14H64zM88 90h14v14H88zM112 90h14v14h-14zM136 90h14v14h-14z"/>',
  cable: '<path d="M30 160c40 0 30-90 70-90s30 60 70 60"/><rect x="150" y="110" width="30" height="40" rx="4"/><path d="M157 150v10M165 150v10M173 150v10"/>',
  cctv: '<rect x="40" y="60" width="110" height="50" rx="10" transform="rotate(12 95 85)"/><path d="M150 95l25 12M70 120l-10 40h-30"/><circle cx="135" cy="88" r="8"/>',
  ups: '<rect x="55" y="30" width="90" height="150" rx="12"/><path d="M85 30V18h30v12"/><path d="M108 70 84 112h28l-18 40"/>',
  services: '<path d="M60 140 130 70"/><circle cx="145" cy="55" r="25"/><path d="M40 160l25-25 15 15-25 25z"/>',
  laptop: '<rect x="45" y="50" width="110" height="75" rx="6"/><path d="M25 145h150l-10 15H35z"/>',
  install: '<circle cx="50" cy="60" r="14"/><circle cx="150" cy="60" r="14"/><circle cx="100" cy="150" r="14"/><path d="M64 60h72M57 72l36 66M143 72l-36 66"/><path d="M100 40v-20"/>',
  contract: '<rect x="50" y="25" width="100" height="150" rx="8"/><path d="M70 60h60M70 85h60M70 110h40"/><path d="m75 145 15 15 30-30"/>',
};

function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > width && line) {
      lines.push(line);
      line = word;
    } else line = (line + ' ' + word).trim();
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1].replace(/[\s,.;:-]+$/, '')}…`;
    return kept;
  }
  return lines;
}

/** A 640 × 640 picture: a colour field, a soft disc, the icon and the item's name. */
export function itemPictureSvg(name: string, color: string, icon: IconKind, label: string): string {
  const lines = wrap(name, 22, 3);
  const text = lines
    .map((l, i) => `<text x="320" y="${470 + i * 44}" font-size="36" font-weight="700" text-anchor="middle">${esc(l)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="640" viewBox="0 0 640 640">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${color}"/><stop offset="1" stop-color="#0f172a"/></linearGradient></defs>
  <rect width="640" height="640" fill="url(#g)"/>
  <circle cx="320" cy="240" r="170" fill="#ffffff" fill-opacity="0.12"/>
  <g transform="translate(200 120) scale(1.2)" fill="none" stroke="#ffffff" stroke-width="9" stroke-linecap="round" stroke-linejoin="round">${ICONS[icon]}</g>
  <g fill="#ffffff" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">
    <text x="320" y="60" font-size="24" text-anchor="middle" fill-opacity="0.8" letter-spacing="2">${esc(label.toUpperCase())}</text>
    ${text}
  </g>
</svg>`;
}

async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

export async function seedCatalog(db: Db): Promise<{ categories: number; items: number; images: number }> {
  // Categories: parents first (the list is ordered that way), found by slug.
  const ids = new Map<string, string>();
  let newCategories = 0;
  for (const c of SEED_CATEGORIES) {
    const [row] = await db
      .insert(catalogCategories)
      .values({ slug: c.slug, name: c.name, description: c.description, sortOrder: c.sortOrder, parentId: c.parent ? ids.get(c.parent) : null })
      .onConflictDoNothing({ target: catalogCategories.slug })
      .returning({ id: catalogCategories.id });
    if (row) newCategories++;
    const id = row?.id ?? (await db.select({ id: catalogCategories.id }).from(catalogCategories).where(eq(catalogCategories.slug, c.slug)))[0]?.id;
    if (id) ids.set(c.slug, id);
  }

  // Items, found by SKU. Spread their creation times so "newest" has a meaningful order.
  const now = Date.now();
  const values = SEED_ITEMS.filter((it) => ids.has(it.category)).map((it, i) => ({
    kind: it.kind,
    categoryId: ids.get(it.category)!,
    name: it.name,
    slug: slugify(it.name),
    sku: it.sku,
    priceIdr: it.price,
    compareAtPriceIdr: it.compareAt ?? null,
    description: it.description,
    specs: it.specs.map(([key, value]) => ({ key, value })),
    stock: it.kind === 'good' ? (it.stock ?? 0) : null,
    durationMinutes: it.kind === 'service' ? (it.duration ?? null) : null,
    weightGrams: it.kind === 'good' ? (it.weight ?? null) : null,
    featured: !!it.featured,
    createdAt: new Date(now - (SEED_ITEMS.length - i) * 3_600_000),
  }));
  const inserted = values.length
    ? await db.insert(catalogItems).values(values).onConflictDoNothing().returning({ id: catalogItems.id })
    : [];

  // One generated picture for every seeded item that has none yet.
  const rows = await db
    .select({ id: catalogItems.id, sku: catalogItems.sku, name: catalogItems.name })
    .from(catalogItems)
    .where(
      sql`${inArray(
        catalogItems.sku,
        SEED_ITEMS.map((i) => i.sku),
      )} and not exists (select 1 from catalog_images ci where ci.item_id = ${catalogItems.id})`,
    );
  const bySku = new Map(SEED_ITEMS.map((i) => [i.sku, i]));
  const catBySlug = new Map(SEED_CATEGORIES.map((c) => [c.slug, c]));
  let images = 0;
  await mapLimit(rows, 4, async (row) => {
    const item = bySku.get(row.sku)!;
    const cat = catBySlug.get(item.category)!;
    const svg = itemPictureSvg(row.name, cat.color, cat.icon, cat.name);
    // 640 px source: variants 320 and 640 (never upscaled to 1280), small and quick to encode.
    const img = await encodeVariants(Buffer.from(svg), { quality: 72, effort: 2 });
    await db.transaction(async (tx) => {
      await tx.insert(media).values({ id: img.id, variants: img.variants, width: img.width, height: img.height, alt: row.name });
      await tx.insert(catalogImages).values({ itemId: row.id, mediaId: img.id, alt: row.name, sortOrder: 0 });
    });
    images++;
  });
  return { categories: newCategories, items: inserted.length, images };
}
