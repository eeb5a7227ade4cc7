export { default } from '@/components/self/password-page';
