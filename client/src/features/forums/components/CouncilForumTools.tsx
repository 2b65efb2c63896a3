import { useEffect, useState } from 'react';
import { useT } from '@/i18n';
import { Button, ButtonLink, Cluster, ErrorMessage, Notice } from '@/ui';
import type { ForumSummaryData } from '../graphql/forums.graphql';
import { useArchiveForum, useMoveForum } from '../hooks/useForumMutations';

/** The id of a forum's move button, so the page can put focus back on it once the list has moved. */
export const moveButtonId = (forumId: string, direction: 'UP' | 'DOWN') => `forum-${forumId}-${direction === 'UP' ? 'up' : 'down'}`;

/**
 * The council's actions on one active forum: move it up or down (buttons, by keyboard and touch),
 * edit it, archive it (after a confirmation). The page announces what happened and places focus.
 */
export function CouncilForumTools({
  forum: f,
  first,
  last,
  onMoved,
  onArchived,
}: {
  forum: ForumSummaryData;
  first: boolean;
  last: boolean;
  onMoved: (direction: 'UP' | 'DOWN', list: readonly { id: string; position: number }[]) => void;
  onArchived: (title: string) => void;
}) {
  const t = useT();
  const [move, moving] = useMoveForum();
  const [archive, archiving] = useArchiveForum();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [cancelled, setCancelled] = useState(false);

  // Cancelling the confirmation gives focus back to the button that opened it.
  useEffect(() => {
    if (cancelled && !confirming) {
      document.getElementById(`forum-${f.id}-archive`)?.focus();
      setCancelled(false);
    }
  }, [cancelled, confirming, f.id]);

  async function onMove(direction: 'UP' | 'DOWN') {
    setError(null);
    try {
      const result = await move({ variables: { id: f.id, direction } });
      if (result.data) onMoved(direction, result.data.moveForum);
    } catch (e) {
      setError(e);
    }
  }

  async function onArchive() {
    setError(null);
    try {
      await archive({ variables: { id: f.id } });
      onArchived(f.title);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="fo-tools" role="group" aria-label={t('forums.council.actionsLabel', { title: f.title })}>
      <Cluster>
        <Button
          id={moveButtonId(f.id, 'UP')}
          variant="secondary"
          size="small"
          disabled={first || moving.loading}
          aria-label={t('forums.council.moveUpNamed', { title: f.title })}
          onClick={() => void onMove('UP')}
        >
          {t('forums.council.moveUp')}
        </Button>
        <Button
          id={moveButtonId(f.id, 'DOWN')}
          variant="secondary"
          size="small"
          disabled={last || moving.loading}
          aria-label={t('forums.council.moveDownNamed', { title: f.title })}
          onClick={() => void onMove('DOWN')}
        >
          {t('forums.council.moveDown')}
        </Button>
        <ButtonLink to={`/forums/${f.id}/edit`} variant="ghost" size="small" aria-label={t('forums.council.editNamed', { title: f.title })}>
          {t('forums.council.edit')}
        </ButtonLink>
        {!confirming && (
          <Button
            id={`forum-${f.id}-archive`}
            variant="ghost"
            size="small"
            aria-label={t('forums.council.archiveNamed', { title: f.title })}
            onClick={() => setConfirming(true)}
          >
            {t('forums.council.archive')}
          </Button>
        )}
      </Cluster>
      {confirming && (
        <Notice tone="warning" focus>
          <p>{t('forums.council.confirmArchive', { title: f.title })}</p>
          <Cluster>
            <Button variant="danger" size="small" loading={archiving.loading} onClick={() => void onArchive()}>
              {t('forums.council.confirmArchiveYes')}
            </Button>
            <Button
              variant="ghost"
              size="small"
              onClick={() => {
                setConfirming(false);
                setCancelled(true);
              }}
            >
              {t('ui.cancel')}
            </Button>
          </Cluster>
        </Notice>
      )}
      {error != null && <ErrorMessage error={error} />}
    </div>
  );
}
