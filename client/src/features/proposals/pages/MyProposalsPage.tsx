import { useQuery } from '@apollo/client/react';
import { ConnectionLoadMore, useAuth } from '@/app';
import { useT } from '@/i18n';
import { ButtonLink, EmptyState, ErrorMessage, PageHeader, Spinner } from '@/ui';
import { ProposalCard } from '../components/ProposalCard';
import { PROPOSALS, PROPOSALS_PAGE, type ProposalFilter } from '../graphql/proposals.graphql';

/** The viewer's proposals: drafts (theirs alone) and the published ones, in two lists. */
export function MyProposalsPage() {
  const t = useT();
  const { viewer } = useAuth();
  const authorId = viewer?.id ?? '';
  return (
    <>
      <PageHeader title={t('proposals.mine.title')} actions={<ButtonLink to="/proposals/new">{t('proposals.new.action')}</ButtonLink>} />
      <MyList id="drafts" title={t('proposals.mine.drafts')} empty={t('proposals.mine.noDrafts')} filter={{ authorId, status: 'DRAFT' }} />
      <MyList id="published" title={t('proposals.mine.published')} empty={t('proposals.mine.noPublished')} filter={{ authorId }} />
    </>
  );
}

function MyList({ id, title, empty, filter }: { id: string; title: string; empty: string; filter: ProposalFilter }) {
  const t = useT();
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(PROPOSALS, {
    variables: { first: PROPOSALS_PAGE, filter, orderBy: { field: 'CREATED_AT', direction: 'DESC' } },
    fetchPolicy: 'cache-and-network',
  });
  const list = data?.proposals;
  return (
    <section aria-labelledby={`${id}-title`} className="p-section p-stack">
      <h2 id={`${id}-title`}>{list ? t('proposals.mine.count', { title, count: list.totalCount }) : title}</h2>
      {!list && !error && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {list && list.edges.length === 0 && <EmptyState title={empty} />}
      {list?.edges.map(({ node }) => (
        <ProposalCard key={node.id} proposal={node} />
      ))}
      {list && <ConnectionLoadMore connection={list} networkStatus={networkStatus} fetchMore={fetchMore} />}
    </section>
  );
}
