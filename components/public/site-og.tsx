import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';
import { getSettings } from '@/lib/settings/store';

export const OG_SIZE = { width: 1200, height: 630 };

/** The site's share card: company name (or a page heading above it) on the brand colours. */
export async function siteCard(locale: string, heading?: string): Promise<ImageResponse> {
  const { company } = await getSettings();
  const t = await getTranslations({ locale, namespace: 'seo' });
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: 'linear-gradient(135deg, #134e4a 0%, #0f766e 60%, #0d9488 100%)', color: 'white' }}>
        <div style={{ display: 'flex', fontSize: 28, letterSpacing: 4, textTransform: 'uppercase', opacity: 0.85 }}>{heading ? company.name : t('ogTagline')}</div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ fontSize: 76, fontWeight: 700, lineHeight: 1.1 }}>{(heading ?? company.name).slice(0, 80)}</div>
          {!heading && company.tagline ? <div style={{ marginTop: 24, fontSize: 34, opacity: 0.9, lineHeight: 1.3 }}>{company.tagline.slice(0, 140)}</div> : null}
        </div>
        <div style={{ display: 'flex', fontSize: 26, opacity: 0.8 }}>{[company.city, company.email].filter(Boolean).join(' · ')}</div>
      </div>
    ),
    OG_SIZE,
  );
}
