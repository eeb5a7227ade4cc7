import { getTranslations } from 'next-intl/server';
import { MarkAllReadButton } from '@/components/layout/mark-read-button';
import { NotificationList } from '@/components/layout/notification-list';
import { Card, PageHeader } from '@/components/ui/card';
import { listMyNotifications } from '@/lib/notifications/queries';

export default async function NotificationsPage() {
  const { items, unread } = await listMyNotifications(100);
  const t = await getTranslations('notifications');
  const ta = await getTranslations('account');
  return (
    <>
      <PageHeader title={t('title')} description={t('unread', { count: unread })} actions={unread ? <MarkAllReadButton /> : null} />
      <Card>
        <NotificationList items={items} emptyText={ta('noNotifications')} />
      </Card>
    </>
  );
}
