import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useAuth } from '@/app';
import { useI18n } from '@/i18n';
import { SET_MY_LOCALE } from '../graphql/identity.graphql';
import { languageOf } from '../hooks/language';

/**
 * Renders nothing: when a signed-in person switches the interface's language, their e-mails follow
 * (setMyLocale). Signing in from a browser in another language changes nothing; only a switch does.
 */
export function LocaleSync() {
  const { viewer } = useAuth();
  const { lang } = useI18n();
  const [setMyLocale] = useMutation(SET_MY_LOCALE);
  const previous = useRef(lang);

  useEffect(() => {
    if (previous.current === lang) return;
    previous.current = lang;
    if (viewer) void setMyLocale({ variables: { locale: languageOf(lang) } }).catch(() => undefined);
  }, [lang, viewer, setMyLocale]);

  return null;
}
