// callbackUrl / next must be a same-origin relative path (SECURITY.md C11). Safe in the browser too.
const BASE = 'http://relasi.invalid';

export function safeRedirectPath(input: unknown, fallback = '/'): string {
  if (typeof input !== 'string' || input.length === 0 || input.length > 2000) return fallback;
  let decoded = input;
  try {
    decoded = decodeURIComponent(input);
  } catch {
    return fallback;
  }
  for (const candidate of [input, decoded]) {
    if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return fallback;
    // control characters and backslashes anywhere (browsers treat "\" like "/")
    if (/[\u0000-\u001f\u007f\\]/.test(candidate)) return fallback;
  }
  try {
    const u = new URL(input, BASE);
    if (u.origin !== BASE) return fallback;
    return `${u.pathname}${u.search}${u.hash}`;
  } catch {
    return fallback;
  }
}
