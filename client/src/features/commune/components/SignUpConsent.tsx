import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '@/i18n';

/**
 * The sign-up form's consent line: the sentence is translated whole, and its `{terms}` and
 * `{privacy}` placeholders become links to those pages.
 */
export function SignUpConsent() {
  const t = useT();
  const links: Record<string, { to: string; text: string }> = {
    terms: { to: '/legal/terms', text: t('commune.signUp.terms') },
    privacy: { to: '/legal/privacy', text: t('commune.signUp.privacy') },
  };
  const parts = t('commune.signUp.consent').split(/(\{terms\}|\{privacy\})/);
  return (
    <p className="p-muted">
      {parts.map((part, i) => {
        const link = links[part.slice(1, -1)];
        return link && /^\{\w+\}$/.test(part) ? (
          <Link key={i} to={link.to}>
            {link.text}
          </Link>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        );
      })}
    </p>
  );
}
