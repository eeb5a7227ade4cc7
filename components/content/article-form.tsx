'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { prefill } from '@/components/admin/prefill';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button, buttonClass } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField, useErrorText } from '@/components/ui/field';
import { saveArticleAction } from '@/lib/news/actions';
import { articleSchema, type ArticleInput } from '@/lib/news/schemas';
import { ImageUpload, mediaSrc } from './image-upload';
import { RichTextEditor } from './rich-text-editor';

export function ArticleForm({ initial, cover, zone }: { initial: ArticleInput; cover: Record<string, string> | null; zone: string }) {
  const t = useTranslations('articles');
  const tc = useTranslations('common');
  const errorText = useErrorText();
  const router = useRouter();
  const editing = !!initial.id;
  const [coverVariants, setCoverVariants] = useState(cover);
  const { form, onSubmit, pending, message, errors } = useActionForm(articleSchema, saveArticleAction, {
    defaultValues: initial,
    successMessage: editing ? t('saved') : undefined,
    onSuccess: (data) => {
      if (editing) router.refresh();
      else router.push(`/staff/articles/${data.id}?saved=1`);
    },
  });
  const field = prefill(form, initial).text;
  const body = form.watch('body');
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-5">
      <FormMessage message={message} />
      {editing ? <input type="hidden" {...field('id')} /> : null}
      <TextField label={t('fields.title')} maxLength={200} error={errors.title?.message} {...field('title')} />
      <TextField label={t('fields.slug')} optional hint={t('fields.slugHint')} maxLength={120} error={errors.slug?.message} {...field('slug')} />
      <TextAreaField label={t('fields.excerpt')} optional rows={2} maxLength={400} hint={t('fields.excerptHint')} error={errors.excerpt?.message} {...field('excerpt')} />
      <div className="space-y-2">
        <input type="hidden" {...field('coverMediaId')} />
        {coverVariants ? (
          // eslint-disable-next-line @next/next/no-img-element -- a staff preview of our own WebP variant
          <img src={mediaSrc(coverVariants, 640) ?? ''} alt={t('fields.coverPreview')} className="max-h-48 rounded-md ring-1 ring-slate-200" />
        ) : null}
        <ImageUpload
          label={t('fields.cover')}
          alt={form.getValues('title')}
          onUploaded={(m) => {
            setCoverVariants(m.variants);
            form.setValue('coverMediaId', m.id, { shouldDirty: true });
          }}
        />
        {coverVariants ? (
          <Button
            type="button"
            variant="ghost"
            size="sm"
            onClick={() => {
              setCoverVariants(null);
              form.setValue('coverMediaId', '', { shouldDirty: true });
            }}
          >
            {t('fields.coverRemove')}
          </Button>
        ) : null}
        {errors.coverMediaId?.message ? <p className="text-xs font-medium text-red-700">{errorText(errors.coverMediaId.message)}</p> : null}
      </div>
      <RichTextEditor label={t('fields.body')} value={body ?? ''} onChange={(html) => form.setValue('body', html, { shouldDirty: true })} error={errorText(errors.body?.message)} minHeight="min-h-80" />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={tc('status')} error={errors.status?.message} {...field('status')}>
          <option value="draft">{t('statuses.draft')}</option>
          <option value="published">{t('statuses.published')}</option>
        </SelectField>
        <TextField label={t('fields.publishedAt')} type="datetime-local" optional hint={t('fields.publishedAtHint', { zone })} error={errors.publishedAt?.message} {...field('publishedAt')} />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? tc('saving') : tc('save')}
        </Button>
        <Link href="/staff/articles" className={buttonClass('secondary')}>
          {tc('back')}
        </Link>
      </div>
    </form>
  );
}
