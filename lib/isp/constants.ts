export const AREA_LEVELS = ['province', 'regency', 'district', 'village'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

export const APPLICATION_STATUSES = ['submitted', 'survey_scheduled', 'surveyed', 'installation_scheduled', 'active', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
/** An application still in progress: a second one with the same NIK is refused. */
export const OPEN_APPLICATION_STATUSES = ['submitted', 'survey_scheduled', 'surveyed', 'installation_scheduled'] as const satisfies readonly ApplicationStatus[];

export const SUBSCRIPTION_STATUSES = ['active', 'suspended', 'terminated'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export const APPOINTMENT_KINDS = ['survey', 'installation', 'complaint', 'ticket_visit', 'treatment'] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];
export const APPOINTMENT_STATUSES = ['booked', 'done', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export const UPGRADE_STATUSES = ['active', 'reverted', 'cancelled'] as const;
export type UpgradeStatus = (typeof UPGRADE_STATUSES)[number];
export const UPGRADE_REQUEST_STATUSES = ['open', 'approved', 'rejected'] as const;
