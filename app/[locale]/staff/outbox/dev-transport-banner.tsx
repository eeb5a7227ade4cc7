import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/card';
import { env } from '@/lib/env';

/** Without RESEND_API_KEY the worker uses the dev transport (lib/email/transport.ts): nothing leaves the server. */
export async function DevTransportBanner() {
  if (env.RESEND_API_KEY) return null;
  const t = await getTranslations('outbox');
  return (
    <div className="mb-4">
      <Alert tone="warning" role="status">
        {t('devTransport')}
      </Alert>
    </div>
  );
}
