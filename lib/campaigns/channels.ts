import 'server-only';

/**
 * WhatsApp campaigns need a gateway (SPEC platform: one HTTP adapter with base URL and token). None is
 * configured in this installation yet, so the channel is offered disabled with an explanation and the
 * service refuses it.
 */
export function whatsappGatewayConfigured(): boolean {
  return false;
}
