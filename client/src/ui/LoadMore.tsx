import { useEffect, useRef } from 'react';
import { useT } from '@/i18n';
import { Button } from './Button';

/**
 * "Load more" paging for Relay connections (no page numbers: the API pages by cursor).
 * Call `fetchMore({ variables: { after: pageInfo.endCursor } })` in `onLoadMore`; with a
 * `relayStylePagination()` type policy the new edges are appended in the cache.
 */
export function LoadMore({
  hasNextPage,
  loading,
  onLoadMore,
  shown,
  total,
}: {
  hasNextPage: boolean;
  loading?: boolean;
  onLoadMore: () => void;
  shown?: number;
  total?: number | null;
}) {
  const t = useT();
  const count = useRef<HTMLParagraphElement>(null);
  const hadMore = useRef(hasNextPage);
  // The last page came: the button just pressed is gone. Focus, which fell to the body, goes to
  // the count (« 45 sur 45 affichés ») in its place.
  useEffect(() => {
    if (hadMore.current && !hasNextPage && document.activeElement === document.body) count.current?.focus();
    hadMore.current = hasNextPage;
  }, [hasNextPage]);
  return (
    <div className="p-load-more">
      {shown !== undefined && total != null && (
        <p aria-live="polite" ref={count} tabIndex={-1}>
          {t('ui.shownOf', { shown, total })}
        </p>
      )}
      {hasNextPage && (
        <Button variant="secondary" onClick={onLoadMore} loading={loading} loadingLabel={t('ui.loadingMore')}>
          {t('ui.loadMore')}
        </Button>
      )}
    </div>
  );
}
