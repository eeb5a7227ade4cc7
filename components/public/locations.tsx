import { getTranslations } from 'next-intl/server';
import { formatIdPhone } from '@/lib/format/phone';
import { mapSearchUrl, type PublicLocation } from '@/lib/site/public';

/** Our service points as cards, each with a map link. */
export async function Locations({ locations }: { locations: PublicLocation[] }) {
  const t = await getTranslations('site.about');
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {locations.map((l) => (
        <li key={l.id} className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
          <h3 className="font-semibold">{l.name}</h3>
          {l.region ? <p className="text-xs font-medium uppercase tracking-wide text-slate-600">{l.region}</p> : null}
          {l.address ? <address className="mt-2 text-sm not-italic text-slate-700">{l.address}</address> : null}
          <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {l.address ? (
              <a href={mapSearchUrl(l.address)} target="_blank" rel="noopener noreferrer" aria-label={t('mapOf', { name: l.name })}>
                {t('map')}
              </a>
            ) : null}
            {l.phone ? <a href={`tel:${l.phone}`}>{formatIdPhone(l.phone)}</a> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
