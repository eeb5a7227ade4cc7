/**
 * Stored notifications keep the parameters of the code that wrote them; a text that later quotes one
 * more (a reason, say) shows a dash for it rather than failing to format. `raw` is the ICU message.
 */
export function withParamFallback(raw: unknown, params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...params };
  if (typeof raw === 'string') {
    for (const m of raw.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)) if (out[m[1]] == null) out[m[1]] = '—';
  }
  return out;
}
