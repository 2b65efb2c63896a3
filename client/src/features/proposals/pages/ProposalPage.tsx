import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useAuth } from '@/app';
import { CommentThread } from '@/features/comments';
import { HiddenNotice, ReportButton } from '@/features/moderation';
import { FollowControl } from '@/features/notifications';
import { useContentLang, useI18n } from '@/i18n';
import { PlaceMap } from '@/features/places';
import { Card, EmptyState, ErrorMessage, Gallery, PageHeader, Spinner, StatusBadge } from '@/ui';
import { AuthorActions } from '../components/AuthorActions';
import { CouncilPanel } from '../components/CouncilPanel';
import { OfficialAnswer } from '../components/OfficialAnswer';
import { ProgressSection } from '../components/ProgressSection';
import { ProposalTimeline } from '../components/ProposalTimeline';
import { STATUS_TONES } from '../components/status';
import { SupportBox } from '../components/SupportBox';
import { PROPOSAL, PROPOSAL_COMMENT_COUNT, PROPOSAL_COMMENTS } from '../graphql/proposals.graphql';

const WITH_PROGRESS = new Set(['ACCEPTED', 'IN_PROGRESS', 'COMPLETED']);

export function ProposalPage() {
  const { t, formatDate, formatNumber } = useI18n();
  const contentLang = useContentLang();
  const { id = '' } = useParams();
  const client = useApolloClient();
  const { viewer, hasRole } = useAuth();
  const { data, loading, error, refetch } = useQuery(PROPOSAL, { variables: { id } });
  const [moreComments, setMoreComments] = useState<{ loading: boolean; error: unknown }>({ loading: false, error: null });
  const p = data?.proposal;
  // Hidden by a moderator: the public gets an empty title and text, its author and moderators the content and the reason.
  const hiddenFromViewer = !!p?.hidden && !p.title;

  async function loadMoreComments(after: string | null) {
    setMoreComments({ loading: true, error: null });
    try {
      await client.query({ query: PROPOSAL_COMMENTS, variables: { id, after }, fetchPolicy: 'network-only' });
      setMoreComments({ loading: false, error: null });
    } catch (e) {
      setMoreComments({ loading: false, error: e });
    }
  }

  // The server keeps the count (deleted comments leave it); ask it rather than counting here.
  const refreshCount = () =>
    void client.query({ query: PROPOSAL_COMMENT_COUNT, variables: { id }, fetchPolicy: 'network-only' }).catch(() => undefined);

  return (
    <>
      <PageHeader
        title={hiddenFromViewer ? t('proposals.page.hiddenTitle') : (p?.title ?? t('proposals.page.title'))}
        titleLang={p && !hiddenFromViewer ? contentLang : undefined}
      />
      {loading && !data && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && !p && (
        <EmptyState title={t('proposals.notFound')} action={<Link to="/proposals">{t('proposals.backToList')}</Link>}>
          <p>{t('proposals.notFoundBody')}</p>
        </EmptyState>
      )}
      {p && hiddenFromViewer && (
        <EmptyState title={t('proposals.page.hiddenPublic')} action={<Link to="/proposals">{t('proposals.backToList')}</Link>} />
      )}
      {p && !hiddenFromViewer && (
        <>
          {p.hidden && <HiddenNotice reason={p.hiddenReason} />}
          <p>
            <StatusBadge status={p.status} namespace="proposals.status" tones={STATUS_TONES} />{' '}
            <span className="p-muted">
              {t('proposals.byOn', { name: p.author.displayName, date: formatDate(p.publishedAt ?? p.createdAt) })}
            </span>
          </p>
          {p.status !== 'DRAFT' && (
            <ReportButton
              target={{ type: 'PROPOSAL', id: p.id }}
              authorId={p.author.id}
              what={t('proposals.page.reportWhat', { title: p.title })}
              hidden={p.hidden}
            />
          )}
          {viewer?.id === p.author.id && <AuthorActions proposal={p} />}
          <div className="pr-layout">
            <div className="pr-layout__main">
              {p.officialAnswer && <OfficialAnswer answer={p.officialAnswer} />}
              <Card title={t('proposals.page.about')} id="about">
                <p className="pr-text" lang={contentLang}>
                  {p.body}
                </p>
                <Gallery
                  images={p.images}
                  label={t('proposals.images.label')}
                  describe={(position, count) => t('proposals.images.alt', { position, count, title: p.title })}
                />
              </Card>
            </div>
            <div className="pr-layout__side">
              {p.status !== 'DRAFT' && <SupportBox proposal={p} />}
              {p.status !== 'DRAFT' && (
                <Card title={t('proposals.page.followTitle')} id="follow">
                  <p className="p-muted">{t('proposals.page.followLead')}</p>
                  <FollowControl
                    target={{ type: 'PROPOSAL', typename: 'Proposal', id: p.id }}
                    followerCount={p.followerCount}
                    viewerIsFollowing={p.viewerIsFollowing}
                    messages="proposals.follow"
                  />
                </Card>
              )}
              <Card title={t('proposals.page.details')} id="details">
                <dl className="pr-details">
                  <dt>{t('proposals.fields.status')}</dt>
                  <dd>{t(`proposals.status.${p.status}`)}</dd>
                  <dt>{t('proposals.fields.author')}</dt>
                  <dd>{p.author.displayName}</dd>
                  <dt>{t('proposals.fields.category')}</dt>
                  <dd>{p.category?.name ?? t('proposals.fields.none')}</dd>
                  <dt>{t('proposals.fields.district')}</dt>
                  <dd>{p.district ?? t('proposals.fields.none')}</dd>
                  {p.location && (
                    <>
                      <dt>{t('proposals.fields.location')}</dt>
                      <dd>
                        <PlaceMap
                          point={p.location}
                          description={t('proposals.page.point', {
                            lat: formatNumber(p.location.lat, { maximumFractionDigits: 6 }),
                            lng: formatNumber(p.location.lng, { maximumFractionDigits: 6 }),
                          })}
                        />
                      </dd>
                    </>
                  )}
                  <dt>{p.publishedAt ? t('proposals.fields.publishedAt') : t('proposals.fields.createdAt')}</dt>
                  <dd>{formatDate(p.publishedAt ?? p.createdAt)}</dd>
                </dl>
              </Card>
            </div>
            <div className="pr-layout__rest">
              {WITH_PROGRESS.has(p.status) && <ProgressSection proposal={p} />}
              {p.status !== 'DRAFT' && <ProposalTimeline events={p.timeline} />}
              {hasRole('COUNCIL', 'ADMIN') && <CouncilPanel proposal={p} />}
              {p.status !== 'DRAFT' && (
                <CommentThread
                  target={{
                    type: 'PROPOSAL',
                    id: p.id,
                    owner: client.cache.identify({ __typename: 'Proposal', id: p.id }) ?? `Proposal:${p.id}`,
                  }}
                  connection={p.comments}
                  count={p.commentCount}
                  open
                  loadingMore={moreComments.loading}
                  onLoadMore={() => void loadMoreComments(p.comments.pageInfo.endCursor)}
                  onChanged={refreshCount}
                />
              )}
              {moreComments.error != null && <ErrorMessage error={moreComments.error} />}
            </div>
          </div>
        </>
      )}
    </>
  );
}
