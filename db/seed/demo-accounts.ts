import type { Role } from '@/lib/auth/roles';

export const DEMO_PASSWORD = 'Relasi#2026';
export const DEMO_ACCOUNTS: Array<{ email: string; name: string; role: Role; phone: string }> = [
  { email: 'admin@relasi.test', name: 'Adi Nugroho', role: 'admin', phone: '+6281200000001' },
  { email: 'manager@relasi.test', name: 'Maya Sari', role: 'manager', phone: '+6281200000002' },
  { email: 'helpdesk@relasi.test', name: 'Hendra Wijaya', role: 'helpdesk', phone: '+6281200000003' },
  { email: 'servicepoint@relasi.test', name: 'Siti Rahmawati', role: 'service_point', phone: '+6281200000004' },
  { email: 'engineer@relasi.test', name: 'Eko Prasetyo', role: 'engineer', phone: '+6281200000005' },
  { email: 'customer@relasi.test', name: 'Citra Lestari', role: 'customer', phone: '+6281200000006' },
];
