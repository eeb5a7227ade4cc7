/**
 * Values for an ICU message (`raw`) with a dash for every variable it quotes that `params` lacks: a
 * stored notification keeps the parameters of the code that wrote it, and a validation message may
 * quote a limit its zod issue does not carry. Better a dash than a FORMATTING_ERROR instead of the text.
 */
export function withParamFallback(raw: unknown, params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...params };
  if (typeof raw === 'string') {
    for (const m of raw.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)) if (out[m[1]] == null) out[m[1]] = '—';
  }
  return out;
}
