import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router-dom';
import { ConnectionLoadMore, useAuth } from '@/app';
import { useT } from '@/i18n';
import { ButtonLink, EmptyState, ErrorMessage, PageHeader, Spinner } from '@/ui';
import { ProposalCard } from '../components/ProposalCard';
import { ProposalFilters, SORTS, type ListFilters } from '../components/ProposalFilters';
import { PUBLIC_STATUSES } from '../components/status';
import {
  PROPOSAL_FORM_OPTIONS,
  PROPOSALS,
  PROPOSALS_PAGE,
  type ProposalOrderField,
  type ProposalStatus,
} from '../graphql/proposals.graphql';

/** Reads the list's filters from the URL (bookmarkable, and the back button works). */
function filtersFrom(params: URLSearchParams): ListFilters {
  const status = params.get('status');
  const sort = params.get('sort');
  return {
    search: params.get('q')?.trim() || null,
    status: PUBLIC_STATUSES.includes(status as ProposalStatus) ? (status as ProposalStatus) : null,
    categoryId: params.get('category') || null,
    district: params.get('district') || null,
    sort: SORTS.includes(sort as ProposalOrderField) ? (sort as ProposalOrderField) : 'CREATED_AT',
  };
}

export function ProposalsPage() {
  const t = useT();
  const { viewer } = useAuth();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const options = useQuery(PROPOSAL_FORM_OPTIONS);
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(PROPOSALS, {
    variables: {
      first: PROPOSALS_PAGE,
      filter: { search: filters.search, status: filters.status, categoryId: filters.categoryId, district: filters.district },
      orderBy: { field: filters.sort, direction: 'DESC' },
    },
    fetchPolicy: 'cache-and-network',
  });

  function apply(next: ListFilters) {
    const out = new URLSearchParams();
    if (next.search) out.set('q', next.search);
    if (next.status) out.set('status', next.status);
    if (next.categoryId) out.set('category', next.categoryId);
    if (next.district) out.set('district', next.district);
    if (next.sort !== 'CREATED_AT') out.set('sort', next.sort);
    setParams(out);
  }

  const list = data?.proposals;
  return (
    <>
      <PageHeader
        title={t('proposals.list.title')}
        lead={t('proposals.list.lead')}
        actions={
          <>
            <ButtonLink to="/proposals/new">{t('proposals.new.action')}</ButtonLink>
            {viewer && (
              <ButtonLink to="/proposals/mine" variant="secondary">
                {t('proposals.mine.title')}
              </ButtonLink>
            )}
          </>
        }
      />
      <ProposalFilters value={filters} options={options.data} onApply={apply} />
      <section aria-labelledby="proposals-results" className="p-section p-stack">
        <h2 id="proposals-results" aria-live="polite">
          {list ? t('proposals.list.results', { count: list.totalCount }) : t('proposals.list.resultsTitle')}
        </h2>
        {!list && networkStatus !== NetworkStatus.error && <Spinner />}
        {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
        {list && list.edges.length === 0 && <EmptyState title={t('proposals.list.empty')} />}
        {list?.edges.map(({ node }) => (
          <ProposalCard key={node.id} proposal={node} />
        ))}
        {list && <ConnectionLoadMore connection={list} networkStatus={networkStatus} fetchMore={fetchMore} />}
      </section>
    </>
  );
}
