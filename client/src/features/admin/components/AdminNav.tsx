import { NavLink } from 'react-router-dom';
import { useT } from '@/i18n';

/**
 * The admin screens, in the order a new town hall sets itself up. Setup, commune, districts and
 * legal pages are the commune feature's pages; the others are this feature's.
 */
export const ADMIN_SECTIONS = [
  { key: 'setup', to: '/admin/setup' },
  { key: 'commune', to: '/admin/commune' },
  { key: 'districts', to: '/admin/districts' },
  { key: 'departments', to: '/admin/departments' },
  { key: 'services', to: '/admin/services' },
  { key: 'templates', to: '/admin/response-templates' },
  { key: 'categories', to: '/admin/categories' },
  { key: 'users', to: '/admin/users' },
  { key: 'open311', to: '/admin/open311-keys' },
  { key: 'legal', to: '/admin/legal-pages' },
] as const;

/** Links between the admin pages (plain links: each is its own page with its own h1). */
export function AdminNav() {
  const t = useT();
  return (
    <nav className="p-subnav" aria-label={t('admin.sectionNav')}>
      <ul>
        {ADMIN_SECTIONS.map((s) => (
          <li key={s.to}>
            <NavLink to={s.to}>{t(`admin.sections.${s.key}`)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
