import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AvailabilityToggle } from '@/components/engineers/availability-toggle';
import { NewsList } from '@/components/layout/news-list';
import { NotificationList } from '@/components/layout/notification-list';
import { IspDashboardSection } from '@/components/isp-ops/dashboard-section';
import { ReportsDashboardSection } from '@/components/reports/dashboard-section';
import { Badge, Card, PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { listCurrentNews } from '@/lib/helpdesk-news/queries';
import { listMyNotifications } from '@/lib/notifications/queries';
import { getMyAvailability } from '@/lib/service-points/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('staff');
  return { title: t('title') };
}

export default async function StaffDashboard() {
  const me = await requirePermission('staff.access');
  const [news, notes, available] = await Promise.all([
    listCurrentNews(10),
    listMyNotifications(8),
    me.role === 'engineer' ? getMyAvailability() : Promise.resolve(null),
  ]);
  const t = await getTranslations('staff');
  const tr = await getTranslations('roles');
  const tn = await getTranslations('notifications');
  return (
    <>
      <PageHeader title={t('welcome', { name: me.name })} description={<Badge tone="blue">{t('roleBadge', { role: tr(me.role) })}</Badge>} />
      {available !== null ? (
        <Card title={(await getTranslations('engineers'))('cardTitle')} className="mb-6 max-w-xl">
          <AvailabilityToggle available={available} />
        </Card>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title={t('newsCard')}>
          <NewsList items={news} emptyText={t('noNews')} />
        </Card>
        <Card title={`${t('notificationsCard')} · ${tn('unread', { count: notes.unread })}`}>
          <NotificationList items={notes.items} emptyText={t('noNotifications')} />
        </Card>
      </div>
      <ReportsDashboardSection role={me.role} />
      <IspDashboardSection role={me.role} />
    </>
  );
}
