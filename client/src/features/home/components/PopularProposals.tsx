import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { ConnectionLoadMore } from '@/app';
import { useContentLang, useT } from '@/i18n';
import { ErrorMessage, Spinner } from '@/ui';
import { HOME_POPULAR_PROPOSALS } from '../graphql/home.graphql';

/** The most supported proposals (three at a time, more on demand): what residents care about now. */
export function PopularProposals() {
  const t = useT();
  const contentLang = useContentLang();
  const { data, loading, error, networkStatus, fetchMore } = useQuery(HOME_POPULAR_PROPOSALS, {
    variables: { first: 3, orderBy: { field: 'SUPPORTS', direction: 'DESC' } },
    notifyOnNetworkStatusChange: true,
  });
  const list = data?.proposals;
  return (
    <section aria-labelledby="home-proposals" className="p-section p-stack">
      <h2 id="home-proposals">{t('home.proposals.title')}</h2>
      {loading && !list && <Spinner />}
      {error && <ErrorMessage error={error} />}
      {list && list.edges.length === 0 && <p>{t('home.proposals.empty')}</p>}
      {list && list.edges.length > 0 && (
        <ul className="p-list">
          {list.edges.map(({ node }) => (
            <li key={node.id}>
              <Link to={`/proposals/${node.id}`} lang={contentLang}>
                {node.title}
              </Link>
              <span className="p-muted">
                {' '}
                {t('home.proposals.supports', { count: node.supportCount, threshold: node.supportThreshold })}
                {node.district && ` · ${node.district}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {list && <ConnectionLoadMore connection={list} networkStatus={networkStatus} fetchMore={fetchMore} />}
      <p>
        <Link to="/proposals">{t('home.proposals.all')}</Link>
      </p>
    </section>
  );
}
