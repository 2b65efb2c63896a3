import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useT } from '@/i18n';
import { ErrorMessage, Spinner } from '@/ui';
import { CONSULTATIONS } from '../graphql/consultations.graphql';
import { ConsultationCard } from './ConsultationCard';

/** The home page's section: the consultations open now (the first few), and a link to all. */
export function OpenConsultations() {
  const t = useT();
  const { data, loading, error } = useQuery(CONSULTATIONS, { variables: { first: 3, filter: { state: 'OPEN' } } });
  const list = data?.consultations;
  return (
    <section aria-labelledby="home-consultations" className="p-section p-stack">
      <h2 id="home-consultations">{t('consultations.home.title')}</h2>
      {loading && !list && <Spinner />}
      {error && <ErrorMessage error={error} />}
      {list && list.edges.length === 0 && <p>{t('consultations.home.empty')}</p>}
      {list?.edges.map(({ node }) => (
        <ConsultationCard key={node.id} consultation={node} />
      ))}
      <p>
        <Link to="/consultations">{t('consultations.home.all')}</Link>
      </p>
    </section>
  );
}
