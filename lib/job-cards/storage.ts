import 'server-only';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/env';

// Private files live outside public/ under a random name (C16); the database row is the only way in.
const STORED_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.png$/;

function uploadDir() {
  return path.resolve(env.UPLOAD_DIR);
}

function pathOf(storedName: string): string {
  // Names come from our own rows, but a path is only ever built from the strict pattern.
  if (!STORED_NAME.test(storedName)) throw new Error('bad stored name');
  return path.join(uploadDir(), storedName);
}

export async function storePng(png: Buffer): Promise<string> {
  await mkdir(uploadDir(), { recursive: true, mode: 0o700 });
  const storedName = `${randomUUID()}.png`;
  await writeFile(pathOf(storedName), png, { flag: 'wx', mode: 0o600 });
  return storedName;
}

export async function removeStored(storedName: string): Promise<void> {
  await unlink(pathOf(storedName)).catch(() => undefined);
}

export async function readStored(storedName: string): Promise<Buffer | null> {
  try {
    return await readFile(pathOf(storedName));
  } catch {
    return null;
  }
}
