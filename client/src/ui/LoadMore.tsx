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
  return (
    <div className="p-load-more">
      {shown !== undefined && total != null && <p aria-live="polite">{t('ui.shownOf', { shown, total })}</p>}
      {hasNextPage && (
        <Button variant="secondary" onClick={onLoadMore} loading={loading} loadingLabel={t('ui.loadingMore')}>
          {t('ui.loadMore')}
        </Button>
      )}
    </div>
  );
}
