import { useEffect, useState } from 'react';
import { useT } from '@/i18n';
import { Button, Card, Cluster, ErrorMessage, Notice } from '@/ui';
import type { ForumTopicDetailData } from '../graphql/forums.graphql';
import { useSetTopicLocked, useSetTopicPinned } from '../hooks/useForumMutations';

type Done = 'pinned' | 'unpinned' | 'locked' | 'unlocked';

/**
 * Moderators pin or lock the topic. Each button keeps its place and focus, its words turn to the
 * opposite action, and what happened is announced.
 */
export function ModeratorPanel({ topic: x }: { topic: ForumTopicDetailData }) {
  const t = useT();
  const [pin, pinning] = useSetTopicPinned(x.forum.id);
  const [lock, locking] = useSetTopicLocked();
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [refocus, setRefocus] = useState<string | null>(null);
  const busy = pinning.loading || locking.loading;

  // A button is disabled while its request runs, which drops focus: give it back once it is usable.
  useEffect(() => {
    if (!refocus || busy) return;
    document.getElementById(refocus)?.focus();
    setRefocus(null);
  }, [refocus, busy]);

  async function run(buttonId: string, action: () => Promise<unknown>, result: Done) {
    setError(null);
    setDone(null);
    setRefocus(buttonId);
    try {
      await action();
      setDone(result);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Card title={t('forums.moderation.title')} id="moderation">
      <p className="p-muted">{t('forums.moderation.lead')}</p>
      <Cluster>
        <Button
          id="topic-pin"
          variant="secondary"
          loading={pinning.loading}
          onClick={() => void run('topic-pin', () => pin({ variables: { id: x.id, pinned: !x.pinned } }), x.pinned ? 'unpinned' : 'pinned')}
        >
          {x.pinned ? t('forums.moderation.unpin') : t('forums.moderation.pin')}
        </Button>
        <Button
          id="topic-lock"
          variant="secondary"
          loading={locking.loading}
          onClick={() =>
            void run('topic-lock', () => lock({ variables: { id: x.id, locked: !x.locked } }), x.locked ? 'unlocked' : 'locked')
          }
        >
          {x.locked ? t('forums.moderation.unlock') : t('forums.moderation.lock')}
        </Button>
      </Cluster>
      <div role="status">
        {done && (
          <Notice tone="success">
            <p>{t(`forums.moderation.${done}`)}</p>
          </Notice>
        )}
      </div>
      {error != null && <ErrorMessage error={error} />}
    </Card>
  );
}
