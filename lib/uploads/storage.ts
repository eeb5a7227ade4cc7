import 'server-only';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { env } from '@/lib/env';

// Private files live outside public/ under random names; the database keeps the original name (C16).
export const UPLOAD_ROOT = path.resolve(env.UPLOAD_DIR);
export const TMP_DIR = path.join(UPLOAD_ROOT, 'tmp');

const STORED_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(jpg|png|webp|pdf)$/;

/** Absolute path of a stored file; refuses anything that is not one of our generated names (no traversal). */
export function storedPath(storedName: string): string {
  if (!STORED_NAME.test(storedName)) throw new Error('invalid stored upload name');
  return path.join(UPLOAD_ROOT, storedName);
}

export async function ensureDirs() {
  await mkdir(TMP_DIR, { recursive: true, mode: 0o700 });
}

export async function removeQuietly(p: string) {
  await rm(p, { force: true }).catch(() => {});
}

/** The stored bytes as a web stream, or null when the file is gone from disk. */
export async function openStored(storedName: string): Promise<{ stream: ReadableStream<Uint8Array>; size: number } | null> {
  const p = storedPath(storedName);
  const s = await stat(p).catch(() => null);
  if (!s?.isFile()) return null;
  return { stream: Readable.toWeb(createReadStream(p)) as ReadableStream<Uint8Array>, size: s.size };
}

/** Stores a PNG we produced ourselves (a job card signature) under a fresh random name. */
export async function storePng(png: Buffer): Promise<string> {
  await mkdir(UPLOAD_ROOT, { recursive: true, mode: 0o700 });
  const storedName = `${randomUUID()}.png`;
  await writeFile(storedPath(storedName), png, { flag: 'wx', mode: 0o600 });
  return storedName;
}

export async function removeStored(storedName: string): Promise<void> {
  await removeQuietly(storedPath(storedName));
}
