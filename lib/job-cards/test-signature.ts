// Test helper: a small PNG "signature" (a dark stroke on white) as the pad would send it.
import sharp from 'sharp';

export async function signaturePng(width = 160, height = 60, opts: { blank?: boolean } = {}): Promise<Buffer> {
  const raw = Buffer.alloc(width * height, 255);
  if (!opts.blank) for (let x = 10; x < width - 10; x++) raw[Math.floor(height / 2) * width + x] = 0;
  return sharp(raw, { raw: { width, height, channels: 1 } }).png().toBuffer();
}

export const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
