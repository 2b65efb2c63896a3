import { gql, NetworkStatus } from '@apollo/client';
import { LoadMore } from '@/ui';

/**
 * Relay connections, the shape of every list the API pages (cursor "load more", no page numbers).
 * A list document selects `totalCount`, `pageInfo { ...PageInfoFields }` (interpolate PAGE_INFO)
 * and `edges { cursor node { … } }`; its type is `Connection<Node>`; the page ends the list with
 * `<ConnectionLoadMore>`, and the feature's cache.ts appends pages with `relayStylePagination()`.
 */
export const PAGE_INFO = gql`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    endCursor
  }
`;

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<Node> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: Node }[];
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
  connection: Connection<unknown>;
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
