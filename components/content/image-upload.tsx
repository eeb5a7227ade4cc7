'use client';
// Uploads one public image through POST /api/media (re-encoded to WebP variants there) and reports
// the media row. Used for promo banners, news covers and images inside rich text.
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { cn } from '@/components/ui/cn';

export type UploadedMedia = { id: string; variants: Record<string, string>; width: number; height: number };

const ERRORS = ['tooLarge', 'unsupported', 'empty', 'badOrigin', 'unauthenticated', 'forbidden', 'rateLimited', 'failed'] as const;

/** The variant closest to `width` (or the largest below it), as a /media/public URL. */
export function mediaSrc(variants: Record<string, string> | null | undefined, width = 640): string | null {
  if (!variants) return null;
  const list = Object.entries(variants)
    .filter(([w, f]) => /^\d+$/.test(w) && /^[0-9a-f-]{36}-\d+\.webp$/.test(f))
    .map(([w, f]) => [Number(w), f] as const)
    .sort((a, b) => a[0] - b[0]);
  if (!list.length) return null;
  const pick = list.find(([w]) => w >= width) ?? list[list.length - 1];
  return `/media/public/${pick[1]}`;
}

export function ImageUpload({ label, alt, onUploaded, className }: { label: string; alt?: string; onUploaded: (m: UploadedMedia) => void; className?: string }) {
  const t = useTranslations('pages.upload');
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  async function upload(file: File) {
    setProblem('');
    if (file.size > 5 * 1024 * 1024) return setProblem(t('tooLarge'));
    setBusy(true);
    try {
      const res = await fetch('/api/media', {
        method: 'POST',
        body: file,
        headers: { 'Content-Type': file.type || 'application/octet-stream', 'X-Alt': encodeURIComponent((alt ?? '').slice(0, 200)) },
      });
      const json = (await res.json().catch(() => ({}))) as Partial<UploadedMedia> & { error?: string };
      if (res.ok && json.id && json.variants) onUploaded(json as UploadedMedia);
      else setProblem(t((ERRORS as readonly string[]).includes(json.error ?? '') ? (json.error as (typeof ERRORS)[number]) : 'failed'));
    } catch {
      setProblem(t('failed'));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className={cn('space-y-1', className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        disabled={busy}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void upload(f);
          e.target.value = '';
        }}
        className="block text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 file:text-sm file:font-medium hover:file:bg-slate-200"
      />
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {busy ? t('uploading') : t('hint')}
      </p>
      {problem ? (
        <p role="alert" className="text-xs font-medium text-red-700">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
