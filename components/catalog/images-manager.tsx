'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useRef, useState, useTransition } from 'react';
import { Alert } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { addItemImagesAction, deleteItemImageAction, reorderItemImagesAction, setImageAltAction } from '@/lib/catalog/actions';
import { MAX_IMAGES_PER_ITEM } from '@/lib/catalog/constants';
import { imageSources, MEDIA_ERRORS, MEDIA_MAX_BYTES, MEDIA_MIMES, type MediaErrorCode, type MediaVariants } from '@/lib/media/constants';

export type ManagedImage = { id: string; alt: string; variants: MediaVariants; width: number; height: number };

type Note = { tone: 'success' | 'error' | 'info'; text: string } | null;

/**
 * An item's photos: upload several (each goes to POST /api/media, which re-encodes it; the ids are
 * then attached in one action), reorder, give each an alt text, delete with confirmation.
 */
export function ImagesManager({ itemId, itemName, images }: { itemId: string; itemName: string; images: ManagedImage[] }) {
  const t = useTranslations('catalog.staff');
  const tu = useTranslations('catalog.upload');
  const router = useRouter();
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState<Note>(null);
  const [uploading, setUploading] = useState<{ done: number; total: number } | null>(null);
  const [pending, start] = useTransition();
  const busy = pending || !!uploading;
  const room = MAX_IMAGES_PER_ITEM - images.length;

  const uploadError = (code: string) => tu((MEDIA_ERRORS as readonly string[]).includes(code) ? (code as MediaErrorCode) : 'failed');

  async function upload(files: File[]) {
    if (!files.length) return;
    if (files.length > room) {
      setNote({ tone: 'error', text: t('tooManyImages', { max: MAX_IMAGES_PER_ITEM }) });
      return;
    }
    setNote(null);
    const ids: string[] = [];
    const failures: string[] = [];
    setUploading({ done: 0, total: files.length });
    for (const [i, file] of files.entries()) {
      if (file.size > MEDIA_MAX_BYTES) {
        failures.push(`${file.name}: ${tu('tooLarge')}`);
      } else {
        try {
          const res = await fetch('/api/media', { method: 'POST', body: file, headers: { 'x-alt': encodeURIComponent(itemName) } });
          const body = (await res.json().catch(() => ({}))) as { id?: string; error?: string };
          if (res.ok && body.id) ids.push(body.id);
          else failures.push(`${file.name}: ${uploadError(body.error ?? (res.status === 413 ? 'tooLarge' : 'failed'))}`);
        } catch {
          failures.push(`${file.name}: ${tu('failed')}`);
        }
      }
      setUploading({ done: i + 1, total: files.length });
    }
    if (ids.length) {
      const r = await addItemImagesAction({ itemId, mediaIds: ids });
      if (!r.ok) failures.push(r.message);
    }
    setUploading(null);
    if (fileRef.current) fileRef.current.value = '';
    setNote(failures.length ? { tone: 'error', text: `${t('someFailed')} ${failures.join(' · ')}` } : { tone: 'success', text: t('uploaded', { count: ids.length }) });
    router.refresh();
  }

  function run(call: () => Promise<{ ok: boolean; message?: string }>, success: string) {
    start(async () => {
      try {
        const r = await call();
        setNote(r.ok ? { tone: 'success', text: success } : { tone: 'error', text: r.message ?? t('networkError') });
        if (r.ok) router.refresh();
      } catch {
        setNote({ tone: 'error', text: t('networkError') });
      }
    });
  }

  function move(index: number, by: -1 | 1) {
    const order = images.map((i) => i.id);
    const j = index + by;
    if (j < 0 || j >= order.length) return;
    [order[index], order[j]] = [order[j], order[index]];
    run(() => reorderItemImagesAction({ itemId, imageIds: order }), t('reordered'));
  }

  return (
    <section aria-labelledby={`${inputId}-h`} className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id={`${inputId}-h`} className="text-lg font-semibold">
            {t('images')}
          </h2>
          <p className="text-sm text-slate-600">{t('imagesHint', { max: MAX_IMAGES_PER_ITEM })}</p>
        </div>
        {room > 0 ? (
          <div>
            <label htmlFor={inputId} className="inline-flex cursor-pointer items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-brand-700">
              {t('uploadImages')}
              <input
                ref={fileRef}
                id={inputId}
                type="file"
                multiple
                accept={MEDIA_MIMES.join(',')}
                disabled={busy}
                className="sr-only"
                onChange={(e) => void upload(Array.from(e.currentTarget.files ?? []))}
              />
            </label>
          </div>
        ) : null}
      </div>
      <div aria-live="polite">
        {uploading ? <Alert tone="info">{t('uploading', { done: uploading.done, total: uploading.total })}</Alert> : null}
        {!uploading && note ? <Alert tone={note.tone}>{note.text}</Alert> : null}
      </div>
      {images.length ? (
        <ol className="grid grid-cols-[repeat(auto-fill,minmax(13rem,1fr))] gap-4">
          {images.map((img, i) => (
            <ImageRow
              key={img.id}
              image={img}
              index={i}
              count={images.length}
              busy={busy}
              onMove={(by) => move(i, by)}
              onAlt={(alt) => run(() => setImageAltAction({ imageId: img.id, alt }), t('altSaved'))}
              onDelete={() => new Promise<void>((resolve) => {
                run(() => deleteItemImageAction({ imageId: img.id }), t('imageDeleted'));
                resolve();
              })}
            />
          ))}
        </ol>
      ) : (
        <p className="rounded-md border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">{t('noImages')}</p>
      )}
    </section>
  );
}

function ImageRow({
  image,
  index,
  count,
  busy,
  onMove,
  onAlt,
  onDelete,
}: {
  image: ManagedImage;
  index: number;
  count: number;
  busy: boolean;
  onMove: (by: -1 | 1) => void;
  onAlt: (alt: string) => void;
  onDelete: () => Promise<void>;
}) {
  const t = useTranslations('catalog.staff');
  const tc = useTranslations('common');
  const altId = useId();
  const [alt, setAlt] = useState(image.alt);
  const src = imageSources(image.variants, 320);
  const n = index + 1;
  return (
    <li className="overflow-hidden rounded-lg bg-white ring-1 ring-slate-200">
      <div className="relative aspect-square bg-slate-100">
        {/* eslint-disable-next-line @next/next/no-img-element -- our own WebP variants */}
        {src ? <img src={src.src} srcSet={src.srcSet} sizes="320px" width={image.width} height={image.height} alt={alt || t('imageN', { n })} className="h-full w-full object-cover" /> : null}
        <span className="absolute left-2 top-2 rounded bg-slate-900/80 px-2 py-0.5 text-xs font-semibold text-white">{index === 0 ? t('mainImage') : `#${n}`}</span>
      </div>
      <div className="space-y-2 p-3">
        <div className="space-y-1">
          <label htmlFor={altId} className="block text-xs font-medium text-slate-700">
            {t('altText')}
          </label>
          <div className="flex gap-2">
            <input
              id={altId}
              value={alt}
              maxLength={200}
              onChange={(e) => setAlt(e.target.value)}
              className="block w-full min-w-0 rounded-md border-0 bg-white px-2 py-1.5 text-sm ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-700 focus:outline-none"
            />
            <Button type="button" size="sm" variant="secondary" disabled={busy || alt === image.alt} onClick={() => onAlt(alt.trim())}>
              {tc('save')}
            </Button>
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="button" size="sm" variant="ghost" disabled={busy || index === 0} onClick={() => onMove(-1)} aria-label={t('moveEarlierN', { n })}>
            ← {t('moveEarlier')}
          </Button>
          <Button type="button" size="sm" variant="ghost" disabled={busy || index === count - 1} onClick={() => onMove(1)} aria-label={t('moveLaterN', { n })}>
            {t('moveLater')} →
          </Button>
          <ConfirmButton title={t('deleteImageTitle')} body={t('deleteImageBody')} confirmLabel={tc('delete')} busy={busy} aria-label={t('deleteImageN', { n })} onConfirm={onDelete}>
            {tc('delete')}
          </ConfirmButton>
        </div>
      </div>
    </li>
  );
}
