import { cn } from '@/components/ui/cn';
import { imageSources } from '@/lib/media/constants';

/** A public image from its stored WebP variants (srcset + sizes; width/height against layout shift). */
export function PublicImage({
  image,
  sizes,
  className,
  priority = false,
  alt,
}: {
  image: { variants: Record<string, string>; width: number; height: number; alt: string };
  sizes: string;
  className?: string;
  priority?: boolean;
  alt?: string;
}) {
  const src = imageSources(image.variants, 1280);
  if (!src) return null;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- our own pre-sized WebP variants, no optimizer round trip
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
