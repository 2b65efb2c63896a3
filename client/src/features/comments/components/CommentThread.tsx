import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useAuth } from '@/app';
import { useT } from '@/i18n';
import { LoadMore, Notice } from '@/ui';
import '../comments.css';
import type { CommentThreadConnection } from '../graphql/comments.graphql';
import { CommentForm, type CommentTarget } from './CommentForm';
import { CommentItem, type ThreadContext } from './CommentItem';

/**
 * A record's comment thread: the form to comment, the top-level comments (oldest first) with
 * their replies, and "load more". The page owns the query: it passes the connection it fetched
 * with `...CommentThreadConnection` and loads the next page itself.
 */
export function CommentThread({
  target,
  connection,
  count,
  open,
  onLoadMore,
  loadingMore,
  onChanged,
}: {
  target: CommentTarget;
  connection: CommentThreadConnection;
  /** Comments and replies on the record (shown in the heading). */
  count: number;
  /** Whether the record takes comments now (e.g. not a draft). */
  open: boolean;
  onLoadMore: () => void;
  loadingMore?: boolean;
  onChanged?: () => void;
}) {
  const t = useT();
  const { viewer } = useAuth();
  const location = useLocation();
  const [added, setAdded] = useState(false);
  const ctx: ThreadContext = { target, canParticipate: !!viewer && open, onChanged };
  const next = encodeURIComponent(`${location.pathname}${location.search}`);

  return (
    <section className="p-section" aria-labelledby="comments-title">
      <h2 id="comments-title">{t('comments.title', { count })}</h2>
      {!viewer && (
        <p>
          <Link to={`/sign-in?next=${next}`}>{t('comments.signInToComment')}</Link>
        </p>
      )}
      {viewer && !open && <p className="p-muted">{t('comments.closed')}</p>}
      {ctx.canParticipate && (
        <CommentForm
          target={target}
          label={t('comments.newLabel')}
          submitLabel={t('comments.send')}
          domId="comment-new"
          onAdded={() => {
            setAdded(true);
            onChanged?.();
          }}
        />
      )}
      <div role="status">
        {added && (
          <Notice tone="success">
            <p>{t('comments.added')}</p>
          </Notice>
        )}
      </div>
      {connection.edges.length === 0 ? (
        <p className="p-muted">{t('comments.empty')}</p>
      ) : (
        <ol className="cm-thread" aria-label={t('comments.listLabel')}>
          {connection.edges.map(({ node }) => (
            <CommentItem key={node.id} comment={node} depth={0} ctx={ctx} />
          ))}
        </ol>
      )}
      <LoadMore
        hasNextPage={connection.pageInfo.hasNextPage}
        loading={loadingMore}
        onLoadMore={onLoadMore}
        shown={connection.edges.length}
        total={connection.totalCount}
      />
    </section>
  );
}
