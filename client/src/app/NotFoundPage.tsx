import { Link } from 'react-router-dom';
import { useT } from '@/i18n';
import { PageHeader } from '@/ui';

export function NotFoundPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('app.notFound.title')} />
      <p>{t('app.notFound.body')}</p>
      <p>
        <Link to="/">{t('app.notFound.home')}</Link>
      </p>
    </>
  );
}
