export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
export const TOKEN_KINDS = ['verify_email', 'reset_password', 'invite'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];
/** Token lifetimes in minutes (SECURITY.md C9). */
export const TOKEN_TTL_MINUTES: Record<TokenKind, number> = {
  verify_email: 24 * 60,
  reset_password: 30,
  invite: 72 * 60,
};
