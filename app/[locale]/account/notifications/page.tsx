export { default } from '@/components/self/notifications-page';
