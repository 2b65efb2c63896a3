import { NetworkStatus } from '@apollo/client';
import { graphql } from '@/generated';
import type { PageInfoFieldsFragment } from '@/generated/graphql';
import { LoadMore } from '@/ui';

/**
 * Relay connections, the shape of every list the API pages (cursor "load more", no page numbers).
 * A list document selects `totalCount`, `pageInfo { ...PageInfoFields }` and
 * `edges { cursor node { … } }` (its type comes from codegen); the page ends the list with
 * `<ConnectionLoadMore>`, and the feature's cache.ts appends pages with `relayStylePagination()`.
 */
export const PAGE_INFO = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    endCursor
  }
`);

/** What "load more" needs of any connection a document selected as above. */
export interface Connection {
  totalCount: number;
  pageInfo: PageInfoFieldsFragment;
  edges: readonly unknown[];
}

/**
 * "Load more" under a connection from `useQuery`: how many are shown of how many, and the button
 * fetching the next page after the last cursor (busy while that page is on its way).
 */
export function ConnectionLoadMore({
  connection,
  networkStatus,
  fetchMore,
}: {
  connection: Connection;
  networkStatus: NetworkStatus;
  fetchMore: (options: { variables: { after: string | null } }) => Promise<unknown>;
}) {
  return (
    <LoadMore
      hasNextPage={connection.pageInfo.hasNextPage}
      loading={networkStatus === NetworkStatus.fetchMore}
      shown={connection.edges.length}
      total={connection.totalCount}
      onLoadMore={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
    />
  );
}
