import { NavLink } from 'react-router-dom';
import { useT } from '@/i18n';

const SECTIONS = [
  { to: '/admin/departments', key: 'admin.departments.nav' },
  { to: '/admin/categories', key: 'admin.categories.nav' },
  { to: '/admin/users', key: 'admin.users.nav' },
];

/** Links between the admin pages (plain links: each is its own page with its own h1). */
export function AdminNav() {
  const t = useT();
  return (
    <nav className="p-subnav" aria-label={t('admin.sectionNav')}>
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.to}>
            <NavLink to={s.to}>{t(s.key)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
