import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <main id="main" className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center gap-4 p-6 text-center">
      <p className="text-5xl font-bold text-brand-700">404</p>
      <h1 className="text-2xl font-semibold">{t('pageNotFoundTitle')}</h1>
      <p className="text-slate-600">{t('pageNotFoundBody')}</p>
      <Link href="/" className={buttonClass('primary')}>
        {t('backHome')}
      </Link>
    </main>
  );
}
