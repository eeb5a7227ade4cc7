import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';

export default async function Forbidden() {
  const t = await getTranslations('errors');
  return (
    <main id="main" className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center gap-4 p-6 text-center">
      <p className="text-5xl font-bold text-red-700">403</p>
      <h1 className="text-2xl font-semibold">{t('forbiddenTitle')}</h1>
      <p className="text-slate-600">{t('forbiddenBody')}</p>
      <Link href="/" className={buttonClass('primary')}>
        {t('backHome')}
      </Link>
    </main>
  );
}
