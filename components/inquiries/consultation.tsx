// Server wrapper for pages whose layout ships only the shared catalogs (the public site): gives the
// consultation form the texts it needs. Render <Consultation /> on /contact (or anywhere public).
import { NextIntlClientProvider } from 'next-intl';
import { clientMessages } from '@/lib/i18n/pick-messages';
import type { INQUIRY_TOPICS } from '@/lib/inquiries/constants';
import { ConsultationForm } from './consultation-form';

export async function Consultation({ topic }: { topic?: (typeof INQUIRY_TOPICS)[number] }) {
  const messages = await clientMessages(['inquiries.form', 'inquiries.topics', 'inquiries.errors']);
  return (
    <NextIntlClientProvider messages={messages}>
      <ConsultationForm topic={topic} />
    </NextIntlClientProvider>
  );
}
