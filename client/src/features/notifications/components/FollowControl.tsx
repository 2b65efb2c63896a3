import { useState } from 'react';
import { useLocation } from 'react-router-dom';
import { useAuth } from '@/app';
import { useT } from '@/i18n';
import { Button, ButtonLink, Cluster, FormError, Notice, useFormErrors } from '@/ui';
import type { FollowTarget } from '../graphql/notifications.graphql';
import { useFollow } from '../hooks/useFollow';

/**
 * The sentences of a follow control, in the feature that owns the followed thing (each language
 * names it with its own noun and agreement: « Suivie par 2 personnes », « Suivez cette demande »).
 * Put them under `<feature>.follow` and write `follow: { … } satisfies FollowMessages`.
 */
export interface FollowMessages {
  /** How many follow it, `{count}`. */
  count_one: string;
  count_other: string;
  follow: string;
  unfollow: string;
  youFollow: string;
  /** Success lines after the toggle (announced). */
  followed: string;
  unfollowed: string;
  /** The visitor's link to the sign-in page (which brings them back). */
  signIn: string;
}

/**
 * How many follow a thing, and the viewer's follow / unfollow button (a sign-in link for
 * visitors). `messages` is the catalog prefix of its FollowMessages, e.g. `proposals.follow`.
 * The thing's cached object must carry `followerCount` and `viewerIsFollowing`: useFollow writes the
 * server's answer there (`target.typename` names its type).
 */
export function FollowControl({
  target,
  followerCount,
  viewerIsFollowing,
  messages,
}: {
  target: FollowTarget;
  followerCount: number;
  viewerIsFollowing: boolean;
  messages: string;
}) {
  const t = useT();
  const { viewer } = useAuth();
  const location = useLocation();
  const form = useFormErrors();
  const { follow, unfollow, loading } = useFollow(target);
  const [done, setDone] = useState<'followed' | 'unfollowed' | null>(null);
  const say = (key: keyof FollowMessages | 'count', params?: Record<string, string | number>) => t(`${messages}.${key}`, params);

  async function toggle() {
    setDone(null);
    const was = viewerIsFollowing;
    const ok = await form.run(async () => {
      await (was ? unfollow() : follow());
      return true;
    });
    if (ok) setDone(was ? 'unfollowed' : 'followed');
  }

  return (
    <div>
      <p>{say('count', { count: followerCount })}</p>
      <FormError form={form} />
      <div role="status">
        {done && (
          <Notice tone="success">
            <p>{say(done)}</p>
          </Notice>
        )}
      </div>
      {viewer ? (
        <Cluster>
          {viewerIsFollowing && <span>{say('youFollow')}</span>}
          <Button variant="secondary" size="small" loading={loading} onClick={() => void toggle()}>
            {viewerIsFollowing ? say('unfollow') : say('follow')}
          </Button>
        </Cluster>
      ) : (
        <ButtonLink variant="secondary" size="small" to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>
          {say('signIn')}
        </ButtonLink>
      )}
    </div>
  );
}
