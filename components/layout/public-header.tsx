import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LanguageSwitch } from './language-switch';
import { buttonClass } from '@/components/ui/button';

export async function PublicHeader({ company }: { company: string }) {
  const t = await getTranslations('nav');
  return (
    <header data-shell className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-800 no-underline">
          {company}
        </Link>
        <nav aria-label="Utama" className="flex items-center gap-2">
          <LanguageSwitch className="flex gap-1" />
          <Link href="/login" className={buttonClass('secondary', 'sm')}>
            {t('login')}
          </Link>
          <Link href="/register" className={buttonClass('primary', 'sm')}>
            {t('register')}
          </Link>
        </nav>
      </div>
    </header>
  );
}
