import { readFile } from 'node:fs/promises';
import { ImageResponse } from 'next/og';
import sharp from 'sharp';
import { getCategoryTree, getItemDetail, getItemIdBySlug } from '@/lib/catalog/public';
import { SLUG_RE } from '@/lib/catalog/slug';
import { formatRupiah } from '@/lib/format/money';
import { variantList } from '@/lib/media/constants';
import { mediaPath } from '@/lib/media/storage';
import { getSettings } from '@/lib/settings/store';

// A product's share card: its first photo beside its name, price and category. Rendered on the
// first request and cached with the product page's tags.
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const revalidate = 3600;

/** The 640 px variant as a PNG data URL (the card renderer reads PNG and JPEG, not WebP). */
async function photo(variants: unknown): Promise<string | null> {
  const list = variantList(variants);
  const pick = list.find(([w]) => w >= 640) ?? list.at(-1);
  if (!pick) return null;
  try {
    const png = await sharp(await readFile(mediaPath(pick[1]))).resize({ width: 560, height: 560, fit: 'cover' }).png().toBuffer();
    return `data:image/png;base64,${png.toString('base64')}`;
  } catch {
    return null;
  }
}

export default async function ProductOpenGraphImage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { slug } = await params;
  const { company } = await getSettings();
  const id = SLUG_RE.test(slug) ? await getItemIdBySlug(slug) : null;
  const item = id ? await getItemDetail(id) : null;
  const tree = await getCategoryTree();
  const category = item ? tree.all.find((c) => c.id === item.categoryId)?.name : undefined;
  const img = item?.images[0] ? await photo(item.images[0].variants) : null;
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', background: '#f8fafc', padding: 36 }}>
        {img ? (
          <img src={img} width={558} height={558} alt="" style={{ borderRadius: 24, objectFit: 'cover' }} />
        ) : (
          <div style={{ width: 558, height: 558, borderRadius: 24, background: 'linear-gradient(135deg, #134e4a, #0d9488)' }} />
        )}
        <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flex: 1, paddingLeft: 48, paddingTop: 12, paddingBottom: 12 }}>
          <div style={{ display: 'flex', flexDirection: 'column' }}>
            <div style={{ fontSize: 26, color: '#0f766e', fontWeight: 700, textTransform: 'uppercase', letterSpacing: 2 }}>{category ?? company.name}</div>
            <div style={{ marginTop: 18, fontSize: 52, fontWeight: 700, color: '#0f172a', lineHeight: 1.15 }}>{(item?.name ?? company.name).slice(0, 90)}</div>
          </div>
          <div style={{ display: 'flex', flexDirection: 'column' }}>
            {item ? <div style={{ fontSize: 56, fontWeight: 700, color: '#0f172a' }}>{formatRupiah(item.priceIdr)}</div> : null}
            <div style={{ marginTop: 12, fontSize: 26, color: '#475569' }}>{company.name}</div>
          </div>
        </div>
      </div>
    ),
    size,
  );
}
