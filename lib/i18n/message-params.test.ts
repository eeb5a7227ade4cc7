import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import id from '@/messages/id.json';
import { withParamFallback } from './message-params';

describe('notification texts from stored parameters', () => {
  const t = createTranslator({ locale: 'id', messages: id, namespace: 'notifications' });

  it('formats with every parameter present', () => {
    expect(t('kinds.ticket.pending', withParamFallback(t.raw('kinds.ticket.pending'), { number: 'TKT-2026-000001', reason: 'Menunggu suku cadang' }) as never)).toBe(
      'Tiket TKT-2026-000001 ditunda: Menunggu suku cadang',
    );
  });

  it('shows a dash for a parameter an older row lacks, instead of failing', () => {
    expect(t('kinds.ticket.pending', withParamFallback(t.raw('kinds.ticket.pending'), { number: 'TKT-2026-000001' }) as never)).toBe('Tiket TKT-2026-000001 ditunda: —');
    expect(t('kinds.ticket.declined', withParamFallback(t.raw('kinds.ticket.declined'), { number: 'TKT-2026-000002', reason: null }) as never)).toBe('Engineer menolak tugas tiket TKT-2026-000002: —');
  });
});
