import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { COMMENT_REPLIES, REPLIES_PAGE } from '../graphql/comments.graphql';

/**
 * The replies of one comment beyond those its thread query brought. `load(after)` fetches a page
 * (appended by the cache's relay policy, or the first page when `after` is null); once something
 * was loaded or added here, `connection` is the comment's full list read from the cache.
 */
export function useReplies(commentId: string) {
  const client = useApolloClient();
  const [expanded, setExpanded] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const watched = useQuery(COMMENT_REPLIES, {
    variables: { id: commentId, first: REPLIES_PAGE },
    fetchPolicy: 'cache-only',
    skip: !expanded,
  });

  const load = useCallback(
    async (after: string | null) => {
      setLoading(true);
      setError(null);
      try {
        await client.query({
          query: COMMENT_REPLIES,
          variables: { id: commentId, first: REPLIES_PAGE, after },
          fetchPolicy: 'network-only',
        });
        setExpanded(true);
      } catch (e) {
        setError(e);
      } finally {
        setLoading(false);
      }
    },
    [client, commentId],
  );

  return {
    connection: expanded ? (watched.data?.comment?.replies ?? null) : null,
    load,
    loading,
    error,
    /** Show the cached list (after a reply was added to it here). */
    expand: useCallback(() => setExpanded(true), []),
  };
}
