'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { prefill } from '@/components/admin/prefill';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button, buttonClass } from '@/components/ui/button';
import { TextField, useErrorText } from '@/components/ui/field';
import { saveStaticPageAction } from '@/lib/content/actions';
import { staticPageSchema, type StaticPageInput } from '@/lib/content/schemas';
import { RichTextEditor } from './rich-text-editor';

export function StaticPageForm({ initial }: { initial: StaticPageInput }) {
  const t = useTranslations('pages');
  const tc = useTranslations('common');
  const errorText = useErrorText();
  const router = useRouter();
  const { form, onSubmit, pending, message, errors } = useActionForm(staticPageSchema, saveStaticPageAction, {
    defaultValues: initial,
    successMessage: t('saved'),
    onSuccess: () => router.refresh(),
  });
  const field = prefill(form, initial).text;
  const body = form.watch('body');
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-5">
      <FormMessage message={message} />
      <input type="hidden" {...field('slug')} />
      <TextField label={t('fields.title')} maxLength={200} error={errors.title?.message} {...field('title')} />
      <RichTextEditor label={t('fields.body')} value={body ?? ''} onChange={(html) => form.setValue('body', html, { shouldDirty: true })} error={errorText(errors.body?.message)} minHeight="min-h-96" hint={t('fields.bodyHint')} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? tc('saving') : tc('save')}
        </Button>
        <Link href={`/pages/${initial.slug}`} className={buttonClass('secondary')}>
          {t('viewPublic')}
        </Link>
        <Link href="/staff/pages" className={buttonClass('ghost')}>
          {tc('back')}
        </Link>
      </div>
    </form>
  );
}
