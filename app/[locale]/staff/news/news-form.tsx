'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { prefill } from '@/components/admin/prefill';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button, buttonClass } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { saveNewsAction } from '@/lib/helpdesk-news/actions';
import { NEWS_AUDIENCES, newsSchema, type NewsInput } from '@/lib/helpdesk-news/schemas';

/** Create (no id) or edit. Dates are datetime-local strings in the business zone, as the action expects. */
export function NewsForm({ initial, zone }: { initial: NewsInput; zone: string }) {
  const t = useTranslations('news');
  const tc = useTranslations('common');
  const router = useRouter();
  const editing = !!initial.id;
  const { form, onSubmit, pending, message, errors } = useActionForm(newsSchema, saveNewsAction, {
    defaultValues: initial,
    successMessage: editing ? t('saved') : undefined,
    onSuccess: () => {
      if (editing) router.refresh();
      else router.push('/staff/news?saved=1');
    },
  });
  const field = prefill(form, initial).text;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4">
      <FormMessage message={message} />
      {editing ? <input type="hidden" {...field('id')} /> : null}
      <TextField label={t('fieldTitle')} maxLength={200} error={errors.title?.message} {...field('title')} />
      <TextAreaField label={t('fieldBody')} rows={8} maxLength={10_000} error={errors.body?.message} {...field('body')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t('publishAt')} type="datetime-local" hint={t('zoneHint', { zone })} error={errors.publishAt?.message} {...field('publishAt')} />
        <TextField
          label={t('expiresAt')}
          type="datetime-local"
          optional
          hint={t('expiresHint')}
          error={errors.expiresAt?.message}
          {...field('expiresAt')}
        />
      </div>
      <SelectField label={t('audience')} error={errors.audience?.message} {...field('audience')}>
        {NEWS_AUDIENCES.map((a) => (
          <option key={a} value={a}>
            {t(`audiences.${a}`)}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? tc('saving') : tc('save')}
        </Button>
        <Link href="/staff/news" className={buttonClass('secondary')}>
          {tc('back')}
        </Link>
      </div>
    </form>
  );
}
