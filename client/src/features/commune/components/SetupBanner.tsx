import { useQuery } from '@apollo/client/react';
import { useAuth } from '@/app';
import { useT } from '@/i18n';
import { ButtonLink, Notice } from '@/ui';
import { COMMUNE_SETUP } from '../graphql/commune.graphql';

/** For admins while the first-run checklist is not complete: a banner leading to it. Nothing for anyone else. */
export function SetupBanner() {
  const t = useT();
  const admin = useAuth().hasRole('ADMIN');
  const { data } = useQuery(COMMUNE_SETUP, { skip: !admin, fetchPolicy: 'cache-and-network' });
  if (!admin || !data || data.communeSetup.complete) return null;
  return (
    <Notice tone="warning">
      <p>{t('commune.setup.banner')}</p>
      <ButtonLink to="/admin/setup" variant="secondary">
        {t('commune.setup.bannerAction')}
      </ButtonLink>
    </Notice>
  );
}
