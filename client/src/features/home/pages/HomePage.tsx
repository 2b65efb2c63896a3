import { useAuth } from '@/app';
import { SetupBanner } from '@/features/commune';
import { OpenConsultations } from '@/features/consultations';
import { useT } from '@/i18n';
import { ButtonLink, Card, Cluster, Grid, PageHeader } from '@/ui';

/** What the commune can do here today, each card leading to the page that does it. */
const CARDS = [
  { key: 'propose', to: '/proposals' },
  { key: 'report', to: '/service-requests/new' },
  { key: 'follow', to: '/service-requests/lookup' },
] as const;

export function HomePage() {
  const t = useT();
  const { viewer } = useAuth();
  return (
    <>
      <PageHeader title={t('home.title')} lead={t('home.lead')} />
      <SetupBanner />
      <section aria-labelledby="home-what">
        <h2 id="home-what">{t('home.whatTitle')}</h2>
        <Grid columns={3}>
          {CARDS.map(({ key, to }) => (
            <Card key={key} title={t(`home.${key}.title`)} level={3}>
              <p>{t(`home.${key}.body`)}</p>
              <ButtonLink to={to} variant="secondary">
                {t(`home.${key}.action`)}
              </ButtonLink>
            </Card>
          ))}
        </Grid>
      </section>
      <OpenConsultations />
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
