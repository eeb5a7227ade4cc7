import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { NewsList } from '@/components/layout/news-list';
import { NotificationList } from '@/components/layout/notification-list';
import { Card, PageHeader } from '@/components/ui/card';
import { getMyProfile } from '@/lib/accounts/queries';
import { listCurrentNews } from '@/lib/helpdesk-news/queries';
import { listMyNotifications } from '@/lib/notifications/queries';
import { formatIdPhone } from '@/lib/format/phone';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account');
  return { title: t('title') };
}

export default async function AccountDashboard() {
  const [profile, news, notes] = await Promise.all([getMyProfile(), listCurrentNews(), listMyNotifications(5)]);
  const t = await getTranslations('account');
  const tp = await getTranslations('auth.profile');
  const tn = await getTranslations('notifications');
  return (
    <>
      <PageHeader title={t('welcome', { name: profile.name })} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t('profileCard')} actions={<Link href="/account/profile" className="text-sm">{tp('title')}</Link>}>
          <dl className="space-y-2 text-sm">
            <div>
              <dt className="text-slate-500">{tp('name')}</dt>
              <dd>{profile.name}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{tp('email')}</dt>
              <dd className="break-all">{profile.email}</dd>
            </div>
            {profile.phone ? (
              <div>
                <dt className="text-slate-500">{tp('phone')}</dt>
                <dd>{formatIdPhone(profile.phone)}</dd>
              </div>
            ) : null}
          </dl>
        </Card>
        <Card title={`${t('notificationsCard')} · ${tn('unread', { count: notes.unread })}`} className="lg:col-span-2">
          <NotificationList items={notes.items} emptyText={t('noNotifications')} />
        </Card>
        <Card title={t('newsCard')} className="lg:col-span-3">
          <NewsList items={news} emptyText={t('noNews')} />
        </Card>
      </div>
    </>
  );
}
