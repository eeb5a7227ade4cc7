import { Alert } from '@/components/ui/card';
import type { FormMessage as Msg } from './use-action-form';

export function FormMessage({ message }: { message: Msg }) {
  if (!message) return null;
  return <Alert tone={message.tone}>{message.text}</Alert>;
}
