import { NavLink } from 'react-router-dom';
import { useT } from '@/i18n';

/** Links between the moderators' pages (the current one marked by aria-current). */
export function ModerationNav() {
  const t = useT();
  const links = [
    { to: '/moderation', label: t('moderation.queue.title') },
    { to: '/moderation/suspensions', label: t('moderation.suspensions.title') },
    { to: '/moderation/log', label: t('moderation.log.title') },
    { to: '/transparency', label: t('moderation.transparency.title') },
  ];
  return (
    <nav className="md-subnav" aria-label={t('moderation.subnav')}>
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
