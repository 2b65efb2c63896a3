import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'react-router-dom';
import { useAuth } from '@/app';
import { ReportButton } from '@/features/moderation';
import { describeError, useI18n } from '@/i18n';
import { Button, Cluster, FormError, Notice, TextArea, useFormErrors } from '@/ui';
import type { CommentNodeData } from '../graphql/comments.graphql';
import { useDeleteComment, useEditComment, useVoteComment } from '../hooks/useCommentActions';
import { useReplies } from '../hooks/useReplies';
import { CommentForm, type CommentTarget } from './CommentForm';

/** Beyond this depth replies stop moving right, so a deep thread stays readable on a phone. */
const MAX_INDENT = 3;

export interface ThreadContext {
  target: CommentTarget;
  /** Whether the viewer may write and vote here (signed in, target open to comments). */
  canParticipate: boolean;
  /** Called after a change that moves the target's comment count (add, delete). */
  onChanged?: () => void;
}

/** One comment with its actions (vote, reply, edit, delete) and its replies, recursively. */
export function CommentItem({ comment, depth, ctx }: { comment: CommentNodeData; depth: number; ctx: ThreadContext }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const { viewer } = useAuth();
  const [replying, setReplying] = useState(false);
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [vote, voting] = useVoteComment();
  const [remove, removing] = useDeleteComment();
  const replies = useReplies(comment.id);

  const name = comment.author?.displayName ?? t('comments.someone');
  const isMine = !!viewer && comment.author?.id === viewer.id;
  const live = !comment.deleted && !comment.hidden;
  // The server decides (viewerCanEdit, checked again on save); the clock hides the button once the window closes.
  const canEdit = comment.viewerCanEdit && new Date(comment.editableUntil).getTime() > Date.now();
  const metaId = `comment-${comment.id}-meta`;
  const anchor = `comment-${comment.id}`;
  const location = useLocation();
  const articleRef = useRef<HTMLElement>(null);

  // A link to this comment (a notification, the moderation queue): bring it into view and focus it.
  useEffect(() => {
    if (location.hash === `#${anchor}`) articleRef.current?.focus();
  }, [location.hash, anchor]);

  async function onVote(value: number) {
    setActionError(null);
    try {
      await vote({ variables: { id: comment.id, value: comment.viewerVote === value ? 0 : value } });
    } catch (e) {
      setActionError(e);
    }
  }

  async function onDelete() {
    setActionError(null);
    try {
      await remove({ variables: { id: comment.id } });
      setConfirmDelete(false);
      ctx.onChanged?.();
    } catch (e) {
      setActionError(e);
    }
  }

  return (
    <li className="cm-item" id={anchor}>
      <article aria-labelledby={metaId} ref={articleRef} tabIndex={location.hash === `#${anchor}` ? -1 : undefined}>
        <p className="cm-comment__meta" id={metaId}>
          <span className="cm-comment__author">{comment.deleted ? t('comments.deletedAuthor') : name}</span>
          {' · '}
          <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
          {comment.editedAt && !comment.deleted ? ` · ${t('comments.edited')}` : ''}
        </p>

        {comment.deleted && <p className="cm-comment__status">{t('comments.deleted')}</p>}
        {!comment.deleted && comment.hidden && comment.body === null && <p className="cm-comment__status">{t('comments.hidden')}</p>}
        {!comment.deleted && comment.body !== null && !editing && <p className="cm-text">{comment.body}</p>}
        {!comment.deleted && comment.hidden && comment.body !== null && (
          <p className="cm-comment__status">
            {comment.hiddenReason ? t('comments.hiddenWithReason', { reason: comment.hiddenReason }) : t('comments.hiddenVisibleToYou')}
          </p>
        )}
        {/* Moderators act on a hidden comment from its moderation page (« Modérer »); nobody else can report it. */}
        {!comment.deleted && comment.hidden && (
          <ReportButton
            target={{ type: 'COMMENT', id: comment.id }}
            authorId={comment.author?.id}
            what={t('comments.reportWhat', { name })}
            hidden
          />
        )}

        {editing && <EditCommentForm comment={comment} onDone={() => setEditing(false)} />}

        {live && !editing && (
          <div className="cm-actions">
            <div className="cm-votes" role="group" aria-label={t('comments.votesOn', { name })}>
              {ctx.canParticipate && (
                <Button
                  size="small"
                  variant={comment.viewerVote === 1 ? 'primary' : 'secondary'}
                  aria-pressed={comment.viewerVote === 1}
                  disabled={voting.loading}
                  onClick={() => void onVote(1)}
                >
                  <span aria-hidden="true">▲</span> {t('comments.up')}
                </Button>
              )}
              <span className="cm-votes__score">
                {t('comments.score', { score: formatNumber(comment.score, { signDisplay: 'exceptZero' }) })}
              </span>
              {ctx.canParticipate && (
                <Button
                  size="small"
                  variant={comment.viewerVote === -1 ? 'primary' : 'secondary'}
                  aria-pressed={comment.viewerVote === -1}
                  disabled={voting.loading}
                  onClick={() => void onVote(-1)}
                >
                  <span aria-hidden="true">▼</span> {t('comments.down')}
                </Button>
              )}
              {comment.viewerVote !== 0 && (
                <span className="p-muted">{comment.viewerVote === 1 ? t('comments.youVotedUp') : t('comments.youVotedDown')}</span>
              )}
            </div>
            {ctx.canParticipate && !replying && (
              <Button variant="ghost" size="small" aria-label={t('comments.replyTo', { name })} onClick={() => setReplying(true)}>
                {t('comments.reply')}
              </Button>
            )}
            {isMine && canEdit && (
              <Button variant="ghost" size="small" aria-label={t('comments.editMine')} onClick={() => setEditing(true)}>
                {t('comments.edit')}
              </Button>
            )}
            {isMine && !confirmDelete && (
              <Button variant="ghost" size="small" aria-label={t('comments.deleteMine')} onClick={() => setConfirmDelete(true)}>
                {t('comments.delete')}
              </Button>
            )}
            <ReportButton
              target={{ type: 'COMMENT', id: comment.id }}
              authorId={comment.author?.id}
              what={t('comments.reportWhat', { name })}
            />
          </div>
        )}

        {confirmDelete && (
          <Notice tone="warning" focus>
            <p>{t('comments.confirmDelete')}</p>
            <Cluster>
              <Button variant="danger" size="small" loading={removing.loading} onClick={() => void onDelete()}>
                {t('comments.confirmDeleteYes')}
              </Button>
              <Button variant="ghost" size="small" onClick={() => setConfirmDelete(false)}>
                {t('ui.cancel')}
              </Button>
            </Cluster>
          </Notice>
        )}

        {actionError != null && (
          <div role="alert" className="p-notice p-notice--danger">
            <p>{describeError(actionError, t)?.message}</p>
          </div>
        )}

        {replying && (
          <CommentForm
            target={ctx.target}
            parentId={comment.id}
            label={t('comments.replyLabel', { name })}
            submitLabel={t('comments.sendReply')}
            domId={`reply-${comment.id}`}
            onCancel={() => setReplying(false)}
            onAdded={() => {
              setReplying(false);
              replies.expand();
              ctx.onChanged?.();
            }}
          />
        )}
      </article>
      <Replies comment={comment} depth={depth} ctx={ctx} name={name} pager={replies} />
    </li>
  );
}

function Replies({
  comment,
  depth,
  ctx,
  name,
  pager,
}: {
  comment: CommentNodeData;
  depth: number;
  ctx: ThreadContext;
  name: string;
  pager: ReturnType<typeof useReplies>;
}) {
  const { t } = useI18n();
  const conn = pager.connection ?? comment.replies;
  const edges = conn.edges ?? [];
  const hasMore = edges.length < conn.totalCount && (conn.pageInfo?.hasNextPage ?? true);
  const remaining = conn.totalCount - edges.length;
  const label = edges.length === 0 ? t('comments.showReplies', { count: remaining }) : t('comments.moreReplies', { count: remaining });
  return (
    <>
      {edges.length > 0 && (
        <ol
          className={depth + 1 > MAX_INDENT ? 'cm-replies cm-replies--flat' : 'cm-replies'}
          aria-label={t('comments.repliesTo', { name })}
        >
          {edges.map(({ node }) => (
            <CommentItem key={node.id} comment={node} depth={depth + 1} ctx={ctx} />
          ))}
        </ol>
      )}
      {hasMore && (
        <Button
          variant="ghost"
          size="small"
          loading={pager.loading}
          loadingLabel={t('ui.loadingMore')}
          aria-label={edges.length === 0 ? t('comments.showRepliesTo', { count: remaining, name }) : undefined}
          // Without a server cursor yet (nothing loaded here), load the first page.
          onClick={() => void pager.load(edges.length > 0 ? conn.pageInfo?.endCursor || null : null)}
        >
          {label}
        </Button>
      )}
      {pager.error != null && (
        <div role="alert" className="p-notice p-notice--danger">
          <p>{describeError(pager.error, t)?.message}</p>
        </div>
      )}
    </>
  );
}

/** Changes one's own comment within its edit window; the server checks the window again. */
function EditCommentForm({ comment, onDone }: { comment: CommentNodeData; onDone: () => void }) {
  const { t, formatDateTime } = useI18n();
  const form = useFormErrors();
  const [edit, { loading }] = useEditComment();
  const domId = `edit-${comment.id}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = String(new FormData(event.currentTarget).get('body') ?? '');
    const result = await form.run(() => edit({ variables: { id: comment.id, body } }));
    if (result?.data) onDone();
  }

  return (
    <form className="cm-form" onSubmit={onSubmit} noValidate>
      <FormError form={form} fieldDomId={domId} />
      <TextArea
        label={t('comments.editLabel')}
        hint={t('comments.editUntil', { time: formatDateTime(comment.editableUntil) })}
        required
        maxLength={5000}
        rows={3}
        defaultValue={comment.body ?? ''}
        {...form.field('body')}
        id={domId}
      />
      <Cluster>
        <Button type="submit" size="small" loading={loading} loadingLabel={t('comments.saving')}>
          {t('comments.save')}
        </Button>
        <Button variant="ghost" size="small" onClick={onDone}>
          {t('ui.cancel')}
        </Button>
      </Cluster>
    </form>
  );
}
