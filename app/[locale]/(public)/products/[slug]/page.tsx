import type { Metadata } from 'next';
import Link from '@/components/public/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Availability } from '@/components/catalog/availability';
import { Gallery } from '@/components/catalog/gallery';
import { ProductReviewsSection } from '@/components/catalog/product-reviews-section';
import { ItemGrid } from '@/components/catalog/item-card';
import { durationText, Price } from '@/components/catalog/price';
import { Breadcrumbs } from '@/components/public/breadcrumbs';
import { JsonLd } from '@/components/public/json-ld';
import { buttonClass } from '@/components/ui/button';
import { categoryPath, getCategoryTree, getItemDetail, getItemIdBySlug, getRelatedItems, type ItemDetail } from '@/lib/catalog/public';
import { SLUG_RE } from '@/lib/catalog/slug';
import { whatsappLink } from '@/lib/format/phone';
import type { Locale } from '@/lib/i18n/config';
import { imageSources, mediaUrl, variantList } from '@/lib/media/constants';
import { getSettings } from '@/lib/settings/store';
import { absoluteUrl, alternatesFor, describe, localizedUrl, socialFor } from '@/lib/site/seo';

// Rendered on the first visit, then cached until a staff change revalidates `catalog` or
// `catalog:item:<id>` (review moderation does the latter). The 10-minute revalidate bounds the rare
// render that started before a save committed and was cached after its revalidation.
export const revalidate = 600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

async function load(slug: string): Promise<{ item: ItemDetail; tree: Awaited<ReturnType<typeof getCategoryTree>> } | null> {
  if (!SLUG_RE.test(slug) || slug.length > 120) return null;
  const id = await getItemIdBySlug(slug);
  if (!id) return null;
  const [item, tree] = await Promise.all([getItemDetail(id), getCategoryTree()]);
  // An item in a hidden (inactive) category is hidden too.
  if (!item || !tree.all.some((c) => c.id === item.categoryId)) return null;
  return { item, tree };
}

/** The largest variant as an absolute URL, for Open Graph and JSON-LD. */
function largestImageUrl(item: ItemDetail): string[] {
  return item.images
    .map((img) => variantList(img.variants).at(-1))
    .filter((v): v is [number, string] => !!v)
    .map(([, f]) => absoluteUrl(mediaUrl(f)));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; slug: string }> }): Promise<Metadata> {
  const { locale, slug } = await params;
  const data = await load(slug);
  if (!data) return {};
  const { item } = data;
  const t = await getTranslations({ locale, namespace: 'seo' });
  const path = `/products/${item.slug}`;
  const description = describe(item.description || t('productDescription', { name: item.name }));
  return {
    title: item.name,
    description,
    alternates: await alternatesFor(path, locale as Locale),
    ...(await socialFor({ path, locale: locale as Locale, title: item.name, description })),
  };
}

export default async function ProductPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const settings = await getSettings();
  if (!settings.modules.catalog) notFound();
  const data = await load(slug);
  if (!data) notFound();
  const { item, tree } = data;
  const [related, t, ts] = await Promise.all([getRelatedItems(item.id, item.categoryId, 4), getTranslations('catalog.item'), getTranslations('site')]);
  const path = categoryPath(tree, item.categoryId);
  const company = settings.company;
  const url = localizedUrl(`/products/${item.slug}`, locale as Locale, settings.regional.defaultLocale);

  const gallery = item.images
    .map((img) => {
      const src = imageSources(img.variants, 1280);
      return src ? { ...src, width: img.width, height: img.height, alt: img.alt } : null;
    })
    .filter((g): g is NonNullable<typeof g> => !!g);

  const inStock = item.kind === 'service' || (item.stock ?? 0) > 0;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: item.name,
    sku: item.sku,
    url,
    ...(item.description ? { description: item.description.slice(0, 5000) } : {}),
    ...(gallery.length ? { image: largestImageUrl(item) } : {}),
    ...(path.length ? { category: path.map((c) => c.name).join(' > ') } : {}),
    brand: { '@type': 'Brand', name: company.name },
    offers: {
      '@type': 'Offer',
      url,
      priceCurrency: 'IDR',
      price: String(item.priceIdr),
      availability: inStock ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
      itemCondition: 'https://schema.org/NewCondition',
      seller: { '@type': 'Organization', name: company.name },
    },
    ...(item.ratingCount > 0 && item.ratingAvg
      ? { aggregateRating: { '@type': 'AggregateRating', ratingValue: (item.ratingAvg / 100).toFixed(1), reviewCount: item.ratingCount, bestRating: 5, worstRating: 1 } }
      : {}),
  };
  const crumbs = [
    { href: '/', label: ts('nav.home') },
    { href: '/catalog', label: ts('nav.catalog') },
    ...path.map((c) => ({ href: `/catalog/${c.slug}`, label: c.name })),
    { label: item.name },
  ];
  const waText = t('whatsappText', { name: item.name, url });
  const paragraphs = item.description.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:py-8">
      <JsonLd data={jsonLd} />
      <Breadcrumbs items={crumbs} />
      <div className="mt-6 grid gap-8 lg:grid-cols-2 lg:gap-12">
        <div>
          {gallery.length ? (
            <Gallery images={gallery} label={t('gallery')} thumbLabel={t('showImage', { n: '{n}', total: '{total}' })} />
          ) : (
            <div className="flex aspect-square items-center justify-center rounded-xl bg-slate-100 text-slate-600 ring-1 ring-slate-200">{t('noImage')}</div>
          )}
        </div>
        <div className="space-y-5">
          <div>
            <p className="text-sm font-medium text-brand-800">
              {path.at(-1)?.name} · {t(item.kind)}
            </p>
            <h1 className="mt-1 text-2xl font-bold tracking-tight sm:text-3xl">{item.name}</h1>
            <p className="mt-1 text-sm text-slate-600">
              {t('sku')}: <span className="font-mono">{item.sku}</span>
            </p>
          </div>
          <Price price={item.priceIdr} compareAt={item.compareAtPriceIdr} size="lg" />
          <Availability kind={item.kind} stock={item.stock} durationMinutes={item.durationMinutes} className={inStock ? 'text-sm font-medium text-green-800' : 'text-sm font-medium text-red-700'} />
          <div className="flex flex-wrap gap-3">
            {company.whatsapp ? (
              <a href={whatsappLink(company.whatsapp, waText)} target="_blank" rel="noopener noreferrer" className={buttonClass('primary')}>
                {t('askWhatsapp')}
              </a>
            ) : null}
            <Link href="/contact" className={buttonClass('secondary')}>
              {t('consult')}
            </Link>
          </div>
          {paragraphs.length ? (
            <section aria-labelledby="desc-heading">
              <h2 id="desc-heading" className="text-lg font-semibold">
                {t('description')}
              </h2>
              <div className="mt-2 space-y-3 leading-7 text-slate-700">
                {paragraphs.map((p, i) => (
                  <p key={i} className="whitespace-pre-line">
                    {p}
                  </p>
                ))}
              </div>
            </section>
          ) : null}
          {item.specs.length || item.weightGrams || (item.kind === 'service' && item.durationMinutes) ? (
            <section aria-labelledby="specs-heading">
              <h2 id="specs-heading" className="text-lg font-semibold">
                {t('specs')}
              </h2>
              <table className="mt-2 w-full overflow-hidden rounded-lg bg-white text-sm ring-1 ring-slate-200">
                <caption className="sr-only">{t('specsOf', { name: item.name })}</caption>
                <tbody className="divide-y divide-slate-100">
                  {item.specs.map((s, i) => (
                    <tr key={`${s.key}-${i}`}>
                      <th scope="row" className="w-2/5 bg-slate-50 px-3 py-2 text-left font-medium text-slate-700">
                        {s.key}
                      </th>
                      <td className="px-3 py-2 text-slate-900">{s.value}</td>
                    </tr>
                  ))}
                  {item.kind === 'service' && item.durationMinutes ? (
                    <tr>
                      <th scope="row" className="w-2/5 bg-slate-50 px-3 py-2 text-left font-medium text-slate-700">
                        {t('durationLabel')}
                      </th>
                      <td className="px-3 py-2 text-slate-900">{await durationText(item.durationMinutes)}</td>
                    </tr>
                  ) : null}
                  {item.weightGrams ? (
                    <tr>
                      <th scope="row" className="w-2/5 bg-slate-50 px-3 py-2 text-left font-medium text-slate-700">
                        {t('weight')}
                      </th>
                      <td className="px-3 py-2 text-slate-900">{t('grams', { grams: item.weightGrams })}</td>
                    </tr>
                  ) : null}
                </tbody>
              </table>
            </section>
          ) : null}
        </div>
      </div>
      <div className="mt-12 max-w-3xl">
        <ProductReviewsSection itemId={item.id} returnTo={`/products/${item.slug}`} />
      </div>
      {related.length ? (
        <section aria-labelledby="related-heading" className="mt-12">
          <h2 id="related-heading" className="mb-4 text-xl font-semibold">
            {t('related')}
          </h2>
          <ItemGrid items={related} />
        </section>
      ) : null}
    </div>
  );
}
