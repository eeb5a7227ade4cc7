import type { CompanySettings } from '@/lib/settings/schemas';

export const SOCIALS = [
  ['instagram', 'Instagram'],
  ['facebook', 'Facebook'],
  ['youtube', 'YouTube'],
  ['tiktok', 'TikTok'],
] as const;

/** The company's social profiles that are set in settings. */
export function SocialLinks({ company, className }: { company: CompanySettings; className?: string }) {
  const links = SOCIALS.filter(([k]) => company[k]);
  if (!links.length) return null;
  return (
    <ul className={className ?? 'flex flex-wrap gap-3'}>
      {links.map(([k, label]) => (
        <li key={k}>
          <a href={company[k]} target="_blank" rel="noopener noreferrer me" className="font-medium">
            {label}
          </a>
        </li>
      ))}
    </ul>
  );
}
