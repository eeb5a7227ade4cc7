import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { settings, users } from '@/db/schema';
import { env } from '@/lib/env';
import { requireUser } from '@/lib/auth/session';
import { peekToken } from '@/lib/tokens';
import type { TokenKind } from '@/lib/users/constants';

// public: whether a link is still usable, so the page can say so before the form is filled in.
// It reveals nothing beyond what holding the token already proves.
export async function isTokenUsable(kind: TokenKind, token: string | undefined): Promise<boolean> {
  if (!token) return false;
  return (await peekToken(db, token, kind)) !== null;
}

// public: demo logins are listed on the login page only on a demo database (never on real data).
export async function isDemoInstall(): Promise<boolean> {
  if (!env.RELASI_DEMO) return false;
  const [row] = await db.select({ key: settings.key }).from(settings).where(eq(settings.key, 'demo')).limit(1);
  return !!row;
}

export async function getMyProfile() {
  const me = await requireUser();
  const [row] = await db
    .select({ name: users.name, email: users.email, phone: users.phone, locale: users.locale, role: users.role })
    .from(users)
    .where(eq(users.id, me.id))
    .limit(1);
  return row;
}
