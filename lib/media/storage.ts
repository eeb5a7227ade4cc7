import 'server-only';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/env';
import { MEDIA_FILE_RE } from './constants';

/** Public images live under UPLOAD_DIR/public (never in public/), each under a random name. */
export const MEDIA_DIR = path.resolve(env.UPLOAD_DIR, 'public');

/** Absolute path of a stored variant; refuses anything that is not one of our generated names (no traversal). */
export function mediaPath(file: string): string {
  if (!MEDIA_FILE_RE.test(file)) throw new Error('invalid media file name');
  return path.join(MEDIA_DIR, file);
}

export async function ensureMediaDir() {
  await mkdir(MEDIA_DIR, { recursive: true, mode: 0o755 });
}

export async function removeMediaFiles(files: string[]) {
  await Promise.all(files.map((f) => rm(mediaPath(f), { force: true }).catch(() => {})));
}
