import { useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { keepPageForOffline } from '@/app';
import { useT } from '@/i18n';
import { Notice } from '@/ui';

/** Whether the browser says it is online, followed live. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine));
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

/**
 * At the top of every page: « Vous êtes hors ligne » while the device has no connection (drafts
 * are kept, nothing is sent by itself). It also files each page opened in the app for offline use
 * (app/pwa.ts), so a reload there without a connection opens the app again.
 */
export function ConnectionBanner() {
  const t = useT();
  const online = useOnline();
  const { pathname } = useLocation();
  useEffect(() => {
    void keepPageForOffline(pathname);
  }, [pathname]);
  return (
    <div role="status">
      {!online && (
        <Notice tone="warning">
          <p>{t('drafts.offline')}</p>
        </Notice>
      )}
    </div>
  );
}
