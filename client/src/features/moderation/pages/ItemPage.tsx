import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { errorsOf, useI18n } from '@/i18n';
import { EmptyState, ErrorMessage, PageHeader, Spinner } from '@/ui';
import { ItemCard } from '../components/ItemCard';
import { ModerationNav } from '../components/ModerationNav';
import { StatusRegion } from '../components/StatusRegion';
import { MODERATION_ITEM, type FlagTargetType } from '../graphql/moderation.graphql';
import { nextStatus, usePendingFocus, type StatusLine } from '../hooks/usePendingFocus';

const HEADING = 'moderated-item';

/**
 * `/moderation/items/:type/:id`: one item, flagged or not (reached from its page's « Modérer », the
 * log or a notification), with the same decisions as in the queue. After each, the item is read
 * again from the server and focus goes to its heading, with the result in a status line.
 */
export function ItemPage() {
  const { t } = useI18n();
  const { type = '', id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MODERATION_ITEM, {
    variables: { targetType: type as FlagTargetType, targetId: id },
    fetchPolicy: 'cache-and-network',
  });
  const [status, setStatus] = useState<StatusLine | null>(null);
  const focusLater = usePendingFocus();
  const item = data?.moderationItem;
  // A type this server does not serve, or an id that cannot be one: nothing to moderate here.
  const malformed = errorsOf(error).some((e) => e.code === 'BAD_USER_INPUT' || e.code === 'GRAPHQL_VALIDATION_FAILED');

  return (
    <>
      <PageHeader title={t('moderation.item.pageTitle')} />
      <ModerationNav />
      <StatusRegion status={status} />
      {loading && !data && <Spinner />}
      {error && !malformed && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {((data && !item) || malformed) && (
        <EmptyState title={t('moderation.item.notFound')} action={<Link to="/moderation">{t('moderation.item.backToQueue')}</Link>} />
      )}
      {item && (
        <ItemCard
          item={item}
          headingId={HEADING}
          onDecided={(_decision, message) => {
            setStatus(nextStatus(message));
            void refetch().finally(() => focusLater(HEADING));
          }}
        />
      )}
    </>
  );
}
