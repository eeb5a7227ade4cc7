import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '@/lib/errors';
import { decodeSignature } from './signature';
import { dataUrl, signaturePng } from './test-signature';

async function refusal(input: string): Promise<string | undefined> {
  try {
    await decodeSignature(input);
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationError);
    return (err as ValidationError).messageKey;
  }
}

describe('job card signature (C16)', () => {
  it('re-encodes a real PNG and keeps its size', async () => {
    const out = await decodeSignature(dataUrl(await signaturePng(300, 120)));
    expect(out).toMatchObject({ width: 300, height: 120 });
    const meta = await sharp(out.png).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 300, height: 120 });
  });

  it('S27 drops anything hidden after the image (polyglot) and in text chunks', async () => {
    const png = await signaturePng();
    const polyglot = Buffer.concat([png, Buffer.from('<script>alert(1)</script>')]);
    const out = await decodeSignature(dataUrl(polyglot)).catch(() => null);
    // Either refused outright or cleaned: never stored with the payload.
    if (out) expect(out.png.includes(Buffer.from('<script>'))).toBe(false);
    const withText = await sharp(png).withMetadata().png().withExifMerge({ IFD0: { ImageDescription: '<script>alert(2)</script>' } }).toBuffer();
    const clean = await decodeSignature(dataUrl(withText));
    expect(clean.png.includes(Buffer.from('<script>'))).toBe(false);
  });

  it('refuses a blank pad, other image types, bad base64, huge sizes and odd dimensions', async () => {
    expect(await refusal(dataUrl(await signaturePng(160, 60, { blank: true })))).toBe('jobCards.errors.signatureBlank');
    const jpeg = await sharp(await signaturePng()).jpeg().toBuffer();
    expect(await refusal(dataUrl(jpeg))).toBe('jobCards.errors.signatureInvalid');
    expect(await refusal(`data:image/png;base64,<svg onload=alert(1)>`)).toBe('jobCards.errors.signatureInvalid');
    expect(await refusal('data:image/svg+xml;base64,PHN2Zz4=')).toBe('jobCards.errors.signatureRequired');
    expect(await refusal(dataUrl(Buffer.alloc(600 * 1024, 1)))).toBe('jobCards.errors.signatureTooLarge');
    expect(await refusal(dataUrl(await signaturePng(3000, 100)))).toBe('jobCards.errors.signatureInvalid');
    expect(await refusal(dataUrl(await signaturePng(100, 20)))).toBe('jobCards.errors.signatureInvalid');
    // A PNG whose header lies about its size is refused before decoding.
    const png = await signaturePng();
    const lying = Buffer.from(png);
    lying.writeUInt32BE(2000, 16);
    expect(await refusal(dataUrl(lying))).toBe('jobCards.errors.signatureInvalid');
  });
});
