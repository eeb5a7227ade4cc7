import { getTranslations } from 'next-intl/server';
import { ProfileForm } from '@/components/forms/profile-form';
import { PageHeader } from '@/components/ui/card';
import { getMyProfile } from '@/lib/accounts/queries';

export default async function ProfilePage() {
  const profile = await getMyProfile();
  const t = await getTranslations('auth.profile');
  return (
    <>
      <PageHeader title={t('title')} />
      <ProfileForm profile={profile} />
    </>
  );
}
