import { Link } from 'react-router-dom';
import { useT } from '@/i18n';
import { Card, Grid, PageHeader } from '@/ui';

export function AdminHomePage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('admin.home.title')} lead={t('admin.home.lead')} />
      <Grid columns={3}>
        {(['departments', 'categories', 'users'] as const).map((k) => (
          <Card key={k}>
            <h2 className="p-card__title">
              <Link to={`/admin/${k}`}>{t(`admin.${k}.title`)}</Link>
            </h2>
            <p>{t(`admin.${k}.lead`)}</p>
          </Card>
        ))}
      </Grid>
    </>
  );
}
