import { useQuery, useSubscription } from '@apollo/client/react';
import { Fragment, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useAuth } from '@/app';
import { ReportButton } from '@/features/moderation';
import { FollowControl } from '@/features/notifications';
import { PlaceMap } from '@/features/places';
import { useI18n } from '@/i18n';
import { Card, EmptyState, ErrorMessage, Gallery, Notice, PageHeader, Spinner } from '@/ui';
import { useFieldValueText } from '../components/ExtraField';
import { RequesterActions } from '../components/RequesterActions';
import { RequestSummary } from '../components/RequestSummary';
import { RequestTimeline } from '../components/RequestTimeline';
import { StaffPanel } from '../components/StaffPanel';
import { SERVICE_REQUEST, SERVICE_REQUEST_UPDATED } from '../graphql/service-requests.graphql';
import { liveNews, type LiveNews } from '../lib';

/**
 * `/service-requests/:id`: the request as the viewer may see it (the server hides the requester
 * from the public and internal notes from everyone but staff), the requester's follow-ups and,
 * for agents of its department, the staff panel.
 */
export function ServiceRequestPage() {
  const { t, formatDate, formatNumber } = useI18n();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SERVICE_REQUEST, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<{ key: string; params?: Record<string, string> } | null>(null);
  const valueText = useFieldValueText();
  const { viewer } = useAuth();
  const [news, setNews] = useState<(LiveNews & { n: number }) | null>(null);
  const request = data?.serviceRequest;
  const done = (key: string, params?: Record<string, string>) => setNotice({ key, params });

  // Changes made by others (an agent, the requester) arrive live; the page updates without reload
  // and says what changed in a polite live region. Written to the cache here, after comparing.
  useSubscription(SERVICE_REQUEST_UPDATED, {
    variables: { id },
    skip: !request,
    fetchPolicy: 'no-cache',
    ignoreResults: true,
    onData: ({ client, data: result }) => {
      const fresh = result.data?.serviceRequestUpdated;
      if (!fresh) return;
      const before = client.readQuery({ query: SERVICE_REQUEST, variables: { id } })?.serviceRequest;
      client.writeQuery({ query: SERVICE_REQUEST, variables: { id }, data: { serviceRequest: fresh } });
      const found = before ? liveNews(before, fresh, viewer?.id ?? null, (s) => t(`service-requests.status.${s}`)) : null;
      if (found) setNews((previous) => ({ ...found, n: (previous?.n ?? 0) + 1 }));
    },
  });

  // Photos sent with replies are shown in the timeline, with their reply; the rest here.
  const inReplies = new Set(request?.events.flatMap((e) => e.images.map((i) => i.id)) ?? []);
  const filedPhotos = request?.images.filter((i) => !inReplies.has(i.id)) ?? [];

  return (
    <>
      <PageHeader
        title={
          request
            ? t('service-requests.request.title', { reference: request.reference })
            : data
              ? t('service-requests.request.notFound')
              : t('service-requests.request.loadingTitle')
        }
        lead={request?.service.name}
      />
      <div role="status">
        {notice && (
          <Notice tone="success">
            <p>{t(notice.key, notice.params)}</p>
          </Notice>
        )}
      </div>
      <div role="status">
        {news && (
          <Notice tone="info">
            <p key={news.n}>{t(news.key, news.params)}</p>
          </Notice>
        )}
      </div>
      {loading && !data && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && !request && (
        <EmptyState title={t('service-requests.request.notFoundBody')}>
          <p>
            <Link to="/service-requests/lookup">{t('service-requests.request.tryLookup')}</Link>
          </p>
        </EmptyState>
      )}
      {request && (
        <>
          {request.duplicateOf && (
            <Notice tone="info">
              <p>
                {t('service-requests.request.duplicateOf')}{' '}
                <Link to={`/service-requests/${request.duplicateOf.id}`}>{request.duplicateOf.reference}</Link>
              </p>
            </Notice>
          )}
          <Card title={t('service-requests.request.summary')} id="request-summary">
            <RequestSummary request={request} />
            <FollowControl
              target={{ type: 'SERVICE_REQUEST', typename: 'ServiceRequest', id: request.id }}
              followerCount={request.followerCount}
              viewerIsFollowing={request.viewerIsFollowing}
              messages="service-requests.follow"
            />
          </Card>

          <Card title={t('service-requests.request.details')} id="request-details">
            <p className="sr-text">{request.description}</p>
            <Gallery
              images={filedPhotos}
              label={t('service-requests.request.photos')}
              describe={(position, count) => t('service-requests.request.photoAlt', { position, count, reference: request.reference })}
              below={(image, position, count) => (
                <>
                  {/* Seen only by the requester, staff and moderators: the public no longer gets a hidden photo. */}
                  {image.hidden && (
                    <span className="sr-photo-note">
                      {image.hiddenReason
                        ? t('service-requests.request.photoHidden', { reason: image.hiddenReason })
                        : t('service-requests.request.photoHiddenNoReason')}
                    </span>
                  )}
                  {/* Only the photos of public reports can be flagged (the server says so again). */}
                  {request.service.publicRequests && (
                    <ReportButton
                      target={{ type: 'SERVICE_REQUEST_PHOTO', id: image.id }}
                      authorId={request.viewerIsRequester ? viewer?.id : request.requester?.id}
                      what={t('service-requests.request.reportPhoto', { position, count, reference: request.reference })}
                      hidden={image.hidden}
                    />
                  )}
                </>
              )}
            />
            {request.fieldValues.length > 0 && (
              <dl className="p-dl">
                {request.fieldValues.map((v) => (
                  <Fragment key={v.code}>
                    <dt>{v.label ?? v.code}</dt>
                    <dd>{valueText(v, { date: (d) => formatDate(d), number: (n) => formatNumber(n) })}</dd>
                  </Fragment>
                ))}
              </dl>
            )}
            {(request.address || request.district || request.location) && (
              <>
                <h3>{t('service-requests.request.place')}</h3>
                <dl className="p-dl">
                  {request.address && (
                    <>
                      <dt>{t('service-requests.form.address')}</dt>
                      <dd>{request.address}</dd>
                    </>
                  )}
                  {request.district && (
                    <>
                      <dt>{t('service-requests.form.district')}</dt>
                      <dd>{request.district}</dd>
                    </>
                  )}
                  {request.location && (
                    <>
                      <dt>{t('service-requests.request.point')}</dt>
                      <dd>
                        <PlaceMap
                          point={request.location}
                          description={t('service-requests.request.coordinates', {
                            lat: formatNumber(request.location.lat, { maximumFractionDigits: 6 }),
                            lng: formatNumber(request.location.lng, { maximumFractionDigits: 6 }),
                          })}
                        />
                      </dd>
                    </>
                  )}
                </dl>
              </>
            )}
          </Card>

          {request.viewerIsRequester && <RequesterActions request={request} onDone={done} />}
          {request.viewerCanManage && <StaffPanel request={request} onDone={done} />}

          <Card title={t('service-requests.request.timeline')} id="request-timeline">
            <RequestTimeline events={request.events} staffView={request.viewerCanManage} />
          </Card>
        </>
      )}
    </>
  );
}
