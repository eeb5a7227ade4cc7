// SECURITY.md C7. Windows are fixed; counters live in PostgreSQL so every process shares them.
export const LIMITS = {
  loginAccount: { max: 5, windowSec: 15 * 60 },
  loginIp: { max: 20, windowSec: 15 * 60 },
  registerIp: { max: 5, windowSec: 60 * 60 },
  resetAccount: { max: 3, windowSec: 60 * 60 },
  resetIp: { max: 10, windowSec: 60 * 60 },
  resendVerifyAccount: { max: 3, windowSec: 60 * 60 },
  publicFormIp: { max: 10, windowSec: 60 * 60 },
} as const;
export type LimitName = keyof typeof LIMITS;
