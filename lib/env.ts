// The only reader of process.env. Parsed once at import; a bad value stops the process with a readable list.
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    APP_URL: z.url().default('http://localhost:3000'),
    AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (openssl rand -base64 32)'),
    RESEND_API_KEY: z.string().optional().transform((v) => v || undefined),
    RESEND_BASE_URL: z.url().optional().or(z.literal('').transform(() => undefined)),
    EMAIL_FROM: z.string().default('Relasi <no-reply@relasi.test>'),
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
    RELASI_DEMO: bool,
    RELASI_ALLOW_INSECURE: bool,
    UPLOAD_DIR: z.string().default('.data/uploads'),
    WORKER_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  })
  .superRefine((env, ctx) => {
    // C30: production refuses unsafe settings unless explicitly running a local demo/test build.
    if (env.NODE_ENV !== 'production' || env.RELASI_ALLOW_INSECURE) return;
    if (!env.APP_URL.startsWith('https://')) {
      ctx.addIssue({ code: 'custom', path: ['APP_URL'], message: 'must be https:// in production' });
    }
    if (env.RELASI_DEMO) {
      ctx.addIssue({ code: 'custom', path: ['RELASI_DEMO'], message: 'demo accounts are not allowed in production' });
    }
  });

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(env)'}: ${i.message}`);
    const message = `Relasi: invalid environment configuration\n${lines.join('\n')}\nSee .env.example.`;
    throw new Error(message);
  }
  return parsed.data;
}

export const env: Env = load();
export const isProduction = env.NODE_ENV === 'production';
