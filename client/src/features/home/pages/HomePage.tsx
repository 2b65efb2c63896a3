import { useAuth, useCommune } from '@/app';
import { SetupBanner } from '@/features/commune';
import { OpenConsultations } from '@/features/consultations';
import { useT } from '@/i18n';
import { ButtonLink, Card, Cluster, PageHeader } from '@/ui';
import { PopularProposals } from '../components/PopularProposals';
import { RecentlyResolved } from '../components/RecentlyResolved';

/**
 * The home page: the commune's name, the three things people come for (first, as buttons), then
 * what is happening — open consultations, popular proposals, requests resolved lately (in the
 * resident's district when known). Each list is a small page of its own query, fetched after the
 * heading is on screen, so nothing waits for them.
 */
export function HomePage() {
  const t = useT();
  const { viewer } = useAuth();
  const commune = useCommune();
  const name = commune?.configured ? commune.name : null;
  return (
    <>
      <PageHeader
        title={t('home.title')}
        lead={
          <>
            {name && (
              <>
                <strong>{t('home.commune', { name })}</strong>{' '}
              </>
            )}
            {t('home.lead')}
          </>
        }
      />
      <SetupBanner />
      <nav aria-label={t('home.actionsLabel')} className="p-section">
        <Cluster>
          <ButtonLink to="/service-requests/new">{t('home.report.action')}</ButtonLink>
          <ButtonLink to="/proposals/new" variant="secondary">
            {t('home.propose.action')}
          </ButtonLink>
          <ButtonLink to="/service-requests/lookup" variant="secondary">
            {t('home.follow.action')}
          </ButtonLink>
        </Cluster>
      </nav>
      <OpenConsultations />
      <PopularProposals />
      <RecentlyResolved district={viewer?.district ?? null} />
      <Card title={t('home.account.title')} id="home-account">
        {viewer ? (
          <p>{t('home.account.resident', { name: viewer.displayName })}</p>
        ) : (
          <>
            <p>{t('home.account.visitor')}</p>
            <Cluster>
              <ButtonLink to="/sign-up">{t('app.signUp')}</ButtonLink>
              <ButtonLink to="/sign-in" variant="secondary">
                {t('app.signIn')}
              </ButtonLink>
            </Cluster>
          </>
        )}
      </Card>
    </>
  );
}
