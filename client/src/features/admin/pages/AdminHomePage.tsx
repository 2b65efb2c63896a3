import { Link } from 'react-router-dom';
import { useT } from '@/i18n';
import { Card, Grid, PageHeader } from '@/ui';
import { ADMIN_SECTIONS } from '../components/AdminNav';

export function AdminHomePage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('admin.home.title')} lead={t('admin.home.lead')} />
      <Grid columns={3}>
        {ADMIN_SECTIONS.map((s) => (
          <Card key={s.key}>
            <h2 className="p-card__title">
              <Link to={s.to}>{t(`admin.home.${s.key}.title`)}</Link>
            </h2>
            <p>{t(`admin.home.${s.key}.lead`)}</p>
          </Card>
        ))}
      </Grid>
    </>
  );
}
