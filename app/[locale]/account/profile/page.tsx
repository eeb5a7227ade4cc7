export { default } from '@/components/self/profile-page';
