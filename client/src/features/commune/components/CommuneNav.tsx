import { NavLink } from 'react-router-dom';
import { useT } from '@/i18n';

const SECTIONS = [
  { to: '/admin/setup', key: 'commune.nav.setup' },
  { to: '/admin/commune', key: 'commune.nav.identity' },
  { to: '/admin/districts', key: 'commune.nav.districts' },
  { to: '/admin/legal-pages', key: 'commune.nav.legal' },
];

/** Links between the commune's admin pages (each its own page with its own h1). */
export function CommuneNav() {
  const t = useT();
  return (
    <nav className="p-subnav" aria-label={t('commune.adminNav')}>
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.to}>
            <NavLink to={s.to} end>
              {t(s.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
