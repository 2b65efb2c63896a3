import { useState } from 'react';
import { useLocation } from 'react-router-dom';
import { useAuth } from '@/app';
import { useT } from '@/i18n';
import { Button, ButtonLink, Cluster, FormError, Notice, useFormErrors } from '@/ui';
import { useFollow } from '../hooks/useFollow';

/** How many follow the request, and the viewer's follow / unfollow button (sign-in link for visitors). */
export function FollowControl({ id, followerCount, viewerIsFollowing }: { id: string; followerCount: number; viewerIsFollowing: boolean }) {
  const t = useT();
  const { viewer } = useAuth();
  const location = useLocation();
  const form = useFormErrors();
  const { follow, unfollow, loading } = useFollow(id);
  const [done, setDone] = useState<'followed' | 'unfollowed' | null>(null);

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
      <p>{t('service-requests.follow.count', { count: followerCount })}</p>
      <FormError form={form} />
      <div role="status">
        {done && (
          <Notice tone="success">
            <p>{done === 'followed' ? t('service-requests.follow.followed') : t('service-requests.follow.unfollowed')}</p>
          </Notice>
        )}
      </div>
      {viewer ? (
        <Cluster>
          {viewerIsFollowing && <span>{t('service-requests.follow.youFollow')}</span>}
          <Button variant="secondary" size="small" loading={loading} onClick={() => void toggle()}>
            {viewerIsFollowing ? t('service-requests.follow.unfollow') : t('service-requests.follow.follow')}
          </Button>
        </Cluster>
      ) : (
        <ButtonLink variant="secondary" size="small" to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>
          {t('service-requests.follow.signIn')}
        </ButtonLink>
      )}
    </div>
  );
}
