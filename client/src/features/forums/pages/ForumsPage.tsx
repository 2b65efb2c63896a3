import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useAuth } from '@/app';
import { useT } from '@/i18n';
import { EmptyState, ErrorMessage, Notice, PageHeader, Spinner } from '@/ui';
import { ArchivedForums } from '../components/ArchivedForums';
import { CouncilForumTools, moveButtonId } from '../components/CouncilForumTools';
import { CreateForumCard } from '../components/CreateForumCard';
import { ForumCard } from '../components/ForumCard';
import { FORUMS } from '../graphql/forums.graphql';

interface Announcement {
  /** Bumped on each one, so the notice is new (and takes focus) even when the text repeats. */
  n: number;
  text: string;
  focus: boolean;
}

/**
 * The forums, in the council's order, with their topic counts and last activity. The council also
 * creates, edits, moves, archives and restores forums here: each action is announced in a notice
 * that takes focus, except a move, after which focus stays on the moved forum's button.
 */
export function ForumsPage() {
  const t = useT();
  const { hasRole } = useAuth();
  const council = hasRole('COUNCIL', 'ADMIN');
  const { data, loading, error, refetch } = useQuery(FORUMS, { fetchPolicy: 'cache-and-network' });
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const [focusAfterMove, setFocusAfterMove] = useState<{ forumId: string; direction: 'UP' | 'DOWN' } | null>(null);
  const forums = data?.forums;

  const announce = (text: string, focus = true) => setAnnouncement((a) => ({ n: (a?.n ?? 0) + 1, text, focus }));

  // Once the list has moved, focus goes back to the moved forum's button (or its other one, at an end).
  useEffect(() => {
    if (!focusAfterMove) return;
    const { forumId, direction } = focusAfterMove;
    const same = document.getElementById(moveButtonId(forumId, direction)) as HTMLButtonElement | null;
    const other = document.getElementById(moveButtonId(forumId, direction === 'UP' ? 'DOWN' : 'UP')) as HTMLButtonElement | null;
    (same && !same.disabled ? same : other)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove, forums]);

  return (
    <>
      <PageHeader title={t('forums.list.title')} lead={t('forums.list.lead')} />
      <div role="status">
        {announcement && (
          <Notice key={announcement.n} tone="success" focus={announcement.focus}>
            <p>{announcement.text}</p>
          </Notice>
        )}
      </div>
      {council && <CreateForumCard onCreated={(title) => announce(t('forums.council.created', { title }))} />}
      <section className="p-section p-stack" aria-labelledby="forums-heading">
        <h2 id="forums-heading">{t('forums.list.heading')}</h2>
        {loading && !data && <Spinner />}
        {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
        {forums && forums.length === 0 && <EmptyState title={t('forums.list.empty')} />}
        {forums && forums.length > 0 && (
          <ol className="fo-forums">
            {forums.map((f, i) => (
              <li key={f.id}>
                <ForumCard
                  forum={f}
                  tools={
                    council && (
                      <CouncilForumTools
                        forum={f}
                        first={i === 0}
                        last={i === forums.length - 1}
                        onMoved={(direction, list) => {
                          const position = list.findIndex((x) => x.id === f.id) + 1;
                          announce(t('forums.council.moved', { title: f.title, position, count: list.length }), false);
                          setFocusAfterMove({ forumId: f.id, direction });
                        }}
                        onArchived={(title) => announce(t('forums.council.archived', { title }))}
                      />
                    )
                  }
                />
              </li>
            ))}
          </ol>
        )}
      </section>
      {council && <ArchivedForums onRestored={(title) => announce(t('forums.council.restored', { title }))} />}
    </>
  );
}
