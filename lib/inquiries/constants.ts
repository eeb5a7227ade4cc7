export { INQUIRY_STATUSES, type InquiryStatus } from '@/lib/content/constants';

/** Topics offered on the consultation form (catalog keys inquiries.topics.<key>). */
export const INQUIRY_TOPICS = ['product', 'order', 'service', 'partnership', 'other'] as const;
export type InquiryTopic = (typeof INQUIRY_TOPICS)[number];

export const INQUIRY_MESSAGE_MAX = 5000;
export const INQUIRY_REPLY_MAX = 10_000;
