import Form from 'next/form';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { buttonClass } from './button';

/**
 * Search and filters as a GET form: the URL holds the state (shareable, back button works) and the
 * server page reads it. Submitting starts again at page 1, because `page` is not one of the fields.
 */
export async function FilterForm({ action, label, active, children }: { action: string; label: string; active: boolean; children: ReactNode }) {
  const t = await getTranslations('common');
  return (
    <Form action={action} role="search" aria-label={label} className="mb-4 flex flex-wrap items-end gap-3">
      {children}
      <div className="flex gap-2">
        <button type="submit" className={buttonClass('secondary')}>
          {t('filter')}
        </button>
        {active ? (
          <Link href={action} className={buttonClass('ghost')}>
            {t('reset')}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
