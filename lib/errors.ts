// Typed domain errors. Services throw them; only the action/route boundary maps them to responses.
export type ErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'INVALID_TRANSITION' | 'VALIDATION' | 'RATE_LIMITED' | 'UNAUTHENTICATED';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** A message-catalog key, never a sentence. */
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(messageKey = 'errors.notFound') {
    super('NOT_FOUND', messageKey);
  }
}
export class ForbiddenError extends DomainError {
  constructor(readonly permission?: string) {
    super('FORBIDDEN', 'errors.forbidden');
  }
}
export class UnauthenticatedError extends DomainError {
  constructor() {
    super('UNAUTHENTICATED', 'errors.unauthenticated');
  }
}
export class ConflictError extends DomainError {
  constructor(messageKey = 'errors.conflict') {
    super('CONFLICT', messageKey);
  }
}
export class InvalidTransitionError extends DomainError {
  constructor(messageKey = 'errors.invalidTransition') {
    super('INVALID_TRANSITION', messageKey);
  }
}
export class ValidationError extends DomainError {
  constructor(
    messageKey: string,
    /** Optional field → message key, shown next to the field. */
    readonly fieldErrors: Record<string, string[]> = {},
    params: Record<string, string | number> = {},
  ) {
    super('VALIDATION', messageKey, params);
  }
}
export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', 'errors.rateLimited', { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
  }
}

/** Postgres unique violation, seen through Drizzle's wrapper. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as { code?: string; constraint_name?: string; cause?: { code?: string; constraint_name?: string } };
  const pg = e?.cause?.code ? e.cause : e;
  return pg?.code === '23505' && (!constraint || pg.constraint_name === constraint);
}
