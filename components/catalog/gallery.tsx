'use client';
import { useState } from 'react';

export type GalleryImage = { src: string; srcSet: string; width: number; height: number; alt: string };

/**
 * Product photos: the main picture and thumbnails that switch it. Tiny on purpose (public pages ship
 * little JavaScript); every label arrives as a prop, so no message catalog is needed in the browser.
 */
export function Gallery({ images, label, thumbLabel }: { images: GalleryImage[]; label: string; thumbLabel: string }) {
  const [current, setCurrent] = useState(0);
  const main = images[current] ?? images[0];
  if (!main) return null;
  return (
    <section aria-label={label} className="space-y-3">
      <div className="overflow-hidden rounded-xl bg-white ring-1 ring-slate-200">
        {/* eslint-disable-next-line @next/next/no-img-element -- pre-sized WebP variants from /media/public */}
        <img
          key={main.src}
          src={main.src}
          srcSet={main.srcSet}
          sizes="(min-width: 1024px) 560px, 100vw"
          width={main.width}
          height={main.height}
          alt={main.alt}
          fetchPriority={current === 0 ? 'high' : undefined}
          decoding="async"
          className="aspect-square h-auto w-full object-contain"
        />
      </div>
      {images.length > 1 ? (
        <ul className="grid grid-cols-5 gap-2">
          {images.map((img, i) => (
            <li key={img.src}>
              <button
                type="button"
                onClick={() => setCurrent(i)}
                aria-pressed={i === current}
                aria-label={thumbLabel.replace('{n}', String(i + 1)).replace('{total}', String(images.length))}
                className={`block w-full overflow-hidden rounded-md bg-white ring-2 ${i === current ? 'ring-brand-700' : 'ring-transparent hover:ring-slate-300'}`}
              >
                {/* eslint-disable-next-line @next/next/no-img-element -- thumbnails: the 320 px variant */}
                <img src={img.src} srcSet={img.srcSet} sizes="96px" width={img.width} height={img.height} alt="" loading="lazy" decoding="async" className="aspect-square h-auto w-full object-cover" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
