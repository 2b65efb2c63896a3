import { useAuth } from '@/app';
import { useT } from '@/i18n';
import { ButtonLink, Card, Cluster, Grid, PageHeader } from '@/ui';

export function HomePage() {
  const t = useT();
  const { viewer } = useAuth();
  return (
    <>
      <PageHeader title={t('home.title')} lead={t('home.lead')} />
      <section aria-labelledby="home-what">
        <h2 id="home-what">{t('home.whatTitle')}</h2>
        <Grid columns={3}>
          {(['propose', 'consult', 'report'] as const).map((k) => (
            <Card key={k} title={t(`home.${k}.title`)} level={3}>
              <p>{t(`home.${k}.body`)}</p>
            </Card>
          ))}
        </Grid>
      </section>
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
