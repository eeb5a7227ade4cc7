import { imageSources, type MediaVariants } from '@/lib/media/constants';
import { cn } from '@/components/ui/cn';

export type ImgData = { variants: MediaVariants; width: number; height: number; alt: string };

/**
 * A public image from its stored WebP variants: srcset + sizes so a phone loads the 320/640 px file,
 * width/height so nothing jumps while it loads, lazy unless it is the page's main picture.
 * Lighter than next/image for route-handler images (no optimizer round trip, no client code).
 */
export function MediaImg({
  image,
  sizes,
  className,
  priority = false,
  alt,
}: {
  image: ImgData;
  sizes: string;
  className?: string;
  priority?: boolean;
  /** Overrides the stored alt text (e.g. "" for a decorative copy next to its caption). */
  alt?: string;
}) {
  const src = imageSources(image.variants);
  if (!src) return null;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see above: our own pre-sized WebP variants
    <img
      src={src.src}
      srcSet={src.srcSet}
      sizes={sizes}
      width={image.width || undefined}
      height={image.height || undefined}
      alt={alt ?? image.alt}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      className={cn('h-auto max-w-full', className)}
    />
  );
}
