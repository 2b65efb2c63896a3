import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useT } from '@/i18n';
import { Badge, ErrorMessage, Notice, PageHeader, Spinner } from '@/ui';
import { CommuneNav } from '../components/CommuneNav';
import { COMMUNE_SETUP } from '../graphql/commune.graphql';

/**
 * The first-run checklist: name → districts → departments → first service, each step's state from
 * the server and a link to the page that does it (departments and services are the admin feature's).
 */
export function SetupPage() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(COMMUNE_SETUP, { fetchPolicy: 'cache-and-network' });
  const s = data?.communeSetup;
  const steps = s
    ? [
        { key: 'identity', done: s.identityDone, count: null, to: '/admin/commune' },
        { key: 'districts', done: s.districtsCount > 0, count: s.districtsCount, to: '/admin/districts' },
        { key: 'departments', done: s.departmentsCount > 0, count: s.departmentsCount, to: '/admin/departments' },
        { key: 'services', done: s.servicesCount > 0, count: s.servicesCount, to: '/admin/services' },
      ]
    : [];
  return (
    <>
      <PageHeader title={t('commune.setup.title')} lead={t('commune.setup.lead')} />
      <CommuneNav />
      {loading && !s && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {s?.complete && (
        <Notice tone="success">
          <p>{t('commune.setup.complete')}</p>
        </Notice>
      )}
      {s && (
        <section aria-labelledby="setup-steps">
          <h2 id="setup-steps">{t('commune.setup.steps')}</h2>
          <ol className="p-list p-setup-steps">
            {steps.map((step, i) => {
              const title = t(`commune.setup.${step.key}.title`);
              const state = step.done ? t('commune.done') : t('commune.todo');
              return (
                <li key={step.key}>
                  <div className="p-list__main">
                    <h3>
                      {i + 1}. {title}
                    </h3>
                    <p>{t(`commune.setup.${step.key}.body`)}</p>
                    {step.count !== null && <p className="p-muted">{t(`commune.setup.${step.key}.count`, { count: step.count })}</p>}
                    <p>
                      <Link to={step.to}>{t(`commune.setup.${step.key}.action`)}</Link>
                    </p>
                  </div>
                  <Badge tone={step.done ? 'success' : 'warning'}>{state}</Badge>
                </li>
              );
            })}
          </ol>
          <p>
            {t('commune.setup.legal')} <Link to="/admin/legal-pages">{t('commune.setup.legalAction')}</Link>
          </p>
        </section>
      )}
    </>
  );
}
