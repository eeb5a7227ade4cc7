'use client';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';

const HEIGHT = 200; // CSS pixels
const MAX_DPR = 2; // keeps the PNG small (the server accepts ≤ 500 KB)

/**
 * A drawn signature: pointer events cover finger, stylus and mouse; `touch-action: none` keeps the
 * page from scrolling while the customer signs. The picture goes out as a PNG data URL after each
 * stroke ('' once cleared).
 */
export function SignaturePad({ onChange, error, label }: { onChange: (dataUrl: string) => void; error?: string; label: string }) {
  const t = useTranslations('jobCards');
  const id = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawing = useRef<{ x: number; y: number } | null>(null);
  const [signed, setSigned] = useState(false);

  const reset = useCallback(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const dpr = Math.min(window.devicePixelRatio || 1, MAX_DPR);
    canvas.width = Math.round(canvas.clientWidth * dpr);
    canvas.height = Math.round(HEIGHT * dpr);
    const ctx = canvas.getContext('2d')!;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.strokeStyle = '#0f172a';
    ctx.lineWidth = 2.2;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
  }, []);

  useEffect(() => {
    reset();
  }, [reset]);

  const point = (e: React.PointerEvent<HTMLCanvasElement> | PointerEvent) => {
    const r = canvasRef.current!.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };

  const onPointerDown = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (e.button !== 0 && e.pointerType === 'mouse') return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    const p = point(e);
    drawing.current = p;
    const ctx = e.currentTarget.getContext('2d')!;
    ctx.beginPath();
    ctx.arc(p.x, p.y, 1.1, 0, Math.PI * 2);
    ctx.fillStyle = '#0f172a';
    ctx.fill();
  };

  const onPointerMove = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    e.preventDefault();
    const ctx = e.currentTarget.getContext('2d')!;
    const events = typeof e.nativeEvent.getCoalescedEvents === 'function' ? e.nativeEvent.getCoalescedEvents() : [];
    ctx.beginPath();
    ctx.moveTo(drawing.current.x, drawing.current.y);
    for (const ev of events.length ? events : [e.nativeEvent]) {
      const p = point(ev);
      ctx.lineTo(p.x, p.y);
      drawing.current = p;
    }
    ctx.stroke();
  };

  const finish = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    drawing.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    setSigned(true);
    onChange(e.currentTarget.toDataURL('image/png'));
  };

  const clear = () => {
    reset();
    setSigned(false);
    onChange('');
  };

  return (
    <div className="space-y-1" role="group" aria-labelledby={`${id}-label`}>
      <p id={`${id}-label`} className="block text-sm font-medium text-slate-800">
        {label}
      </p>
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {t('signatureHint')}
      </p>
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={signed ? t('signatureDrawn') : t('signatureEmpty')}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        className={`block w-full touch-none rounded-md bg-white ring-1 ${error ? 'ring-red-600' : 'ring-slate-300'}`}
        style={{ height: HEIGHT }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={finish}
        onPointerCancel={finish}
        data-testid="signature-pad"
      />
      <div className="flex items-center justify-between gap-2">
        <p aria-live="polite" className="text-xs text-slate-600">
          {signed ? t('signatureDrawn') : t('signatureEmpty')}
        </p>
        <Button type="button" variant="secondary" size="sm" onClick={clear}>
          {t('clearSignature')}
        </Button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
