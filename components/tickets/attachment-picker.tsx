'use client';
import { useTranslations } from 'next-intl';
import { useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ACCEPT_ATTRIBUTE, MAX_BYTES, UPLOAD_ERRORS, type UploadErrorCode } from '@/lib/uploads/constants';

type Item = { key: string; name: string; state: 'uploading' | 'done' | 'error'; id?: string; error?: UploadErrorCode };

async function upload(file: File): Promise<{ ok: true; id: string; name: string } | { ok: false; error: UploadErrorCode }> {
  try {
    const res = await fetch('/api/uploads', {
      method: 'POST',
      body: file,
      headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
      credentials: 'same-origin',
    });
    const body = (await res.json().catch(() => null)) as { id?: string; name?: string; error?: string } | null;
    if (res.ok && body?.id) return { ok: true, id: body.id, name: body.name ?? file.name };
    const code = UPLOAD_ERRORS.find((c) => c === body?.error);
    return { ok: false, error: code ?? (res.status === 413 ? 'tooLarge' : 'failed') };
  } catch {
    return { ok: false, error: 'failed' };
  }
}

/**
 * Picks files and uploads each one at once to POST /api/uploads, which checks type and size and
 * answers an id; the form sends those ids. The size check here only gives a quicker message.
 */
export function AttachmentPicker({
  max,
  onChange,
  onBusyChange,
  disabled,
}: {
  max: number;
  onChange: (ids: string[]) => void;
  onBusyChange?: (busy: boolean) => void;
  disabled?: boolean;
}) {
  const t = useTranslations('tickets.upload');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [items, setItems] = useState<Item[]>([]);
  const itemsRef = useRef<Item[]>([]);

  const commit = (next: Item[]) => {
    itemsRef.current = next;
    setItems(next);
    onChange(next.filter((i) => i.state === 'done' && i.id).map((i) => i.id!));
    onBusyChange?.(next.some((i) => i.state === 'uploading'));
  };
  const update = (key: string, patch: Partial<Item>) => commit(itemsRef.current.map((i) => (i.key === key ? { ...i, ...patch } : i)));

  const kept = items.filter((i) => i.state !== 'error').length;
  const full = kept >= max;

  async function onFiles(files: FileList | null) {
    if (!files?.length) return;
    const room = max - itemsRef.current.filter((i) => i.state !== 'error').length;
    const picked = Array.from(files).slice(0, Math.max(0, room));
    const fresh: Item[] = picked.map((f, n) => ({ key: `${Date.now()}-${n}-${f.name}`, name: f.name, state: 'uploading' }));
    commit([...itemsRef.current, ...fresh]);
    if (input.current) input.current.value = '';
    await Promise.all(
      picked.map(async (file, n) => {
        const key = fresh[n].key;
        const limit = file.type === 'application/pdf' ? MAX_BYTES.pdf : MAX_BYTES.image;
        if (file.size > limit) return update(key, { state: 'error', error: 'tooLarge' });
        if (file.size === 0) return update(key, { state: 'error', error: 'empty' });
        const r = await upload(file);
        update(key, r.ok ? { state: 'done', id: r.id, name: r.name } : { state: 'error', error: r.error });
      }),
    );
  }

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {t('label')}
      </label>
      <input
        ref={input}
        id={id}
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        disabled={disabled || full}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onFiles(e.currentTarget.files)}
        className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-slate-200"
      />
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {full ? t('limitReached', { max }) : t('hint', { max })}
      </p>
      {items.length ? (
        <ul aria-live="polite" className="space-y-1 text-sm">
          {items.map((i) => (
            <li key={i.key} className="flex items-start justify-between gap-2 rounded-md bg-slate-50 px-3 py-1.5">
              <span className="min-w-0 flex-1">
                <span className="block break-all">{i.state === 'uploading' ? t('uploading', { name: i.name }) : i.name}</span>
                {i.state === 'done' ? <span className="block text-xs text-green-800">✓ {t('uploaded')}</span> : null}
                {i.state === 'error' ? <span className="block text-xs font-medium text-red-700">{t(i.error ?? 'failed')}</span> : null}
              </span>
              {i.state !== 'uploading' ? (
                <Button type="button" variant="ghost" size="sm" aria-label={t('remove', { name: i.name })} onClick={() => commit(itemsRef.current.filter((x) => x.key !== i.key))}>
                  ✕
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
