import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import { safeRedirectPath } from './safe-redirect';
import { clientIpFrom } from './request';
import { verifyLogin, type LoginFailure } from '@/lib/accounts/login';

/** The reason travels as `code`; the UI maps it to one message so nothing hints at which part was wrong. */
export class LoginError extends CredentialsSignin {
  constructor(reason: LoginFailure, readonly retryAfterSeconds = 0) {
    super(reason);
    this.code = reason;
  }
}

declare module 'next-auth' {
  interface Session {
    sv?: number;
    at?: number;
  }
  interface User {
    sv?: number;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 7 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
  pages: { signIn: '/login', error: '/login' },
  logger: {
    error(error) {
      // A failed login is an expected outcome, not a server error; never log what was typed.
      if ((error as { type?: string }).type === 'CredentialsSignin') return;
      console.error('[auth]', (error as Error).name, (error as Error).message);
    },
    warn() {},
    debug() {},
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const ip = clientIpFrom(request.headers);
        const result = await verifyLogin({ email: String(credentials?.email ?? ''), password: String(credentials?.password ?? ''), ip });
        if (!result.ok) throw new LoginError(result.reason, result.retryAfterSeconds);
        return { id: result.user.id, sv: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    // The token carries only who (sub), which session version (sv) and when (at); role and status
    // are read from PostgreSQL on every request (C2).
    jwt({ token, user }) {
      if (user) {
        return { sub: user.id, sv: user.sv, at: Math.floor(Date.now() / 1000) };
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: { id: token.sub ?? '', email: '', name: '' } as typeof session.user,
        sv: typeof token.sv === 'number' ? token.sv : undefined,
        at: typeof token.at === 'number' ? token.at : undefined,
      };
    },
    redirect({ url, baseUrl }) {
      if (url.startsWith(baseUrl)) return `${baseUrl}${safeRedirectPath(url.slice(baseUrl.length))}`;
      return `${baseUrl}${safeRedirectPath(url)}`;
    },
  },
});
