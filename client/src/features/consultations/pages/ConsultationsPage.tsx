import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router-dom';
import { ConnectionLoadMore, useAuth } from '@/app';
import { useT } from '@/i18n';
import { ButtonLink, EmptyState, ErrorMessage, PageHeader, Select, Spinner } from '@/ui';
import { ConsultationCard } from '../components/ConsultationCard';
import { CONSULTATION_STATES, CONSULTATIONS, CONSULTATIONS_PAGE, type ConsultationState } from '../graphql/consultations.graphql';

/** The state filter lives in the URL (bookmarkable; the back button works). */
function stateFrom(params: URLSearchParams): ConsultationState | null {
  const state = params.get('state');
  return CONSULTATION_STATES.includes(state as ConsultationState) ? (state as ConsultationState) : null;
}

export function ConsultationsPage() {
  const t = useT();
  const { hasRole } = useAuth();
  const [params, setParams] = useSearchParams();
  const state = stateFrom(params);
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(CONSULTATIONS, {
    variables: { first: CONSULTATIONS_PAGE, filter: { state } },
    fetchPolicy: 'cache-and-network',
  });
  const list = data?.consultations;
  return (
    <>
      <PageHeader
        title={t('consultations.list.title')}
        lead={t('consultations.list.lead')}
        actions={
          hasRole('COUNCIL', 'ADMIN') ? <ButtonLink to="/consultations/new">{t('consultations.builder.newAction')}</ButtonLink> : undefined
        }
      />
      <Select
        label={t('consultations.list.filter')}
        name="state"
        value={state ?? ''}
        placeholder={t('consultations.list.all')}
        options={CONSULTATION_STATES.map((s) => ({ value: s, label: t(`consultations.state.${s}`) }))}
        onChange={(e) => setParams(e.target.value ? { state: e.target.value } : {})}
      />
      <section aria-labelledby="consultations-results" className="p-section p-stack">
        <h2 id="consultations-results" aria-live="polite">
          {list ? t('consultations.list.results', { count: list.totalCount }) : t('consultations.list.title')}
        </h2>
        {!list && networkStatus !== NetworkStatus.error && <Spinner />}
        {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
        {list && list.edges.length === 0 && <EmptyState title={t('consultations.list.empty')} />}
        {list?.edges.map(({ node }) => (
          <ConsultationCard key={node.id} consultation={node} />
        ))}
        {list && <ConnectionLoadMore connection={list} networkStatus={networkStatus} fetchMore={fetchMore} />}
      </section>
    </>
  );
}
