import 'server-only';
import { hash, verify } from '@node-rs/argon2';

// argon2id, m=19456 KiB, t=2, p=1: the OWASP baseline (SECURITY.md C6).
const PARAMS = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

const normalize = (pw: string) => pw.normalize('NFKC');

export function hashPassword(password: string): Promise<string> {
  return hash(normalize(password), PARAMS);
}

// Verified against when the account does not exist, so both paths cost one argon2 verify (C8).
let dummyHash: Promise<string> | null = null;
const getDummyHash = () => (dummyHash ??= hash('relasi-dummy-password-for-timing', PARAMS));

export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  const target = storedHash ?? (await getDummyHash());
  let ok = false;
  try {
    ok = await verify(target, normalize(password));
  } catch {
    ok = false;
  }
  return ok && !!storedHash;
}

/** True when the stored hash was made with weaker parameters than today's: rehash on the next login. */
export function needsRehash(storedHash: string): boolean {
  const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(storedHash);
  if (!m) return true;
  return +m[1] < PARAMS.memoryCost || +m[2] < PARAMS.timeCost;
}
