'use server';
import { eq } from 'drizzle-orm';
import { cookies } from 'next/headers';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { action } from '@/lib/auth/action';
import { LoginError, signIn, signOut } from '@/lib/auth/auth';
import { getClientIp } from '@/lib/auth/request';
import { safeRedirectPath } from '@/lib/auth/safe-redirect';
import { RateLimitedError, ValidationError } from '@/lib/errors';
import { LOCALE_COOKIE, type Locale } from '@/lib/i18n/config';
import { getLocale } from 'next-intl/server';
import { normalizeEmail } from '@/lib/users/email';
import {
  changePasswordSchema,
  emailOnlySchema,
  localeSchema,
  loginSchema,
  profileSchema,
  registerSchema,
  setPasswordSchema,
  tokenSchema,
} from './schemas';
import { registerCustomer, resendVerification } from './register';
import { changePassword, setUserLocale, updateProfile } from './self-service';
import { requestPasswordReset, setPasswordWithToken, verifyEmail } from './tokens-flow';

const YEAR = 365 * 24 * 60 * 60;

async function rememberLocale(locale: Locale) {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: YEAR, sameSite: 'lax', httpOnly: false });
}

/** Signs in through Auth.js so the session cookie is the framework's; failures map to one message each. */
async function startSession(email: string, password: string) {
  try {
    await signIn('credentials', { email, password, redirect: false });
  } catch (err) {
    if (err instanceof LoginError) {
      if (err.code === 'rate_limited') throw new RateLimitedError(err.retryAfterSeconds || 15 * 60);
      if (err.code === 'unverified') return 'unverified' as const;
      throw new ValidationError('auth.login.invalid');
    }
    throw err;
  }
  const [user] = await db.select({ role: users.role, locale: users.locale }).from(users).where(eq(users.email, normalizeEmail(email))).limit(1);
  if (user?.locale) await rememberLocale(user.locale);
  return user?.role === 'customer' ? ('customer' as const) : ('staff' as const);
}

export const login = action({
  permission: 'public',
  input: loginSchema,
  run: async (input) => {
    const kind = await startSession(input.email, input.password);
    if (kind === 'unverified') return { status: 'unverified' as const };
    const fallback = kind === 'customer' ? '/account' : '/staff';
    return { status: 'ok' as const, redirectTo: safeRedirectPath(input.callbackUrl, fallback) };
  },
});

export const logout = action({
  permission: 'public',
  input: localeSchema.partial(),
  run: async () => {
    await signOut({ redirect: false });
    return { redirectTo: '/login' };
  },
});

export const register = action({
  permission: 'public',
  input: registerSchema,
  run: async (input) => {
    await registerCustomer({ ...input, locale: (await getLocale()) as Locale, ip: await getClientIp() });
    return { email: input.email };
  },
});

export const resendVerificationEmail = action({
  permission: 'public',
  input: emailOnlySchema,
  run: async (input) => {
    await resendVerification(input.email, await getClientIp(), (await getLocale()) as Locale);
    return { sent: true };
  },
});

export const confirmEmail = action({
  permission: 'public',
  input: tokenSchema,
  run: async (input) => verifyEmail(input.token),
});

export const forgotPassword = action({
  permission: 'public',
  input: emailOnlySchema,
  run: async (input) => {
    await requestPasswordReset(input.email, await getClientIp(), (await getLocale()) as Locale);
    return { sent: true };
  },
});

export const resetPassword = action({
  permission: 'public',
  input: setPasswordSchema,
  run: async (input) => {
    await setPasswordWithToken('reset_password', input.token, input.password);
    return { redirectTo: '/login?reset=1' };
  },
});

export const acceptInvitation = action({
  permission: 'public',
  input: setPasswordSchema,
  run: async (input) => {
    const user = await setPasswordWithToken('invite', input.token, input.password);
    const kind = await startSession(user.email, input.password);
    return { redirectTo: kind === 'customer' ? '/account' : '/staff' };
  },
});

export const updatePassword = action({
  permission: 'account.self',
  input: changePasswordSchema,
  run: async (input, me) => {
    await changePassword(me, input.currentPassword, input.password, await getClientIp());
    // The change ended every session, this one included; sign this browser in again with the new password.
    await startSession(me.email, input.password);
    return { changed: true };
  },
});

export const saveProfile = action({
  permission: 'account.self',
  input: profileSchema,
  run: async (input, me) => {
    await updateProfile(me, input);
    await rememberLocale(input.locale);
    return { saved: true };
  },
});

export const switchLanguage = action({
  permission: 'public',
  input: localeSchema,
  run: async (input, me) => {
    await rememberLocale(input.locale);
    if (me) await setUserLocale(me, input.locale);
    return { locale: input.locale };
  },
});
