import { useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useT } from '@/i18n';
import { Button, Card, EmptyState, ErrorMessage, Gallery, PageHeader, Spinner, TextField } from '@/ui';
import { RequestSummary } from '../components/RequestSummary';
import { RequestTimeline } from '../components/RequestTimeline';
import { REQUEST_BY_REFERENCE } from '../graphql/service-requests.graphql';

/**
 * `/service-requests/lookup`: anyone types a reference (PAR-YYYY-NNNNNN) and sees the public
 * view of the request. The query does not even ask who filed it.
 */
export function LookupPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const reference = params.get('reference')?.trim() ?? '';
  const { data, loading, error, refetch } = useQuery(REQUEST_BY_REFERENCE, { variables: { reference }, skip: !reference });
  const found = data?.serviceRequestByReference;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('reference') ?? '')
      .trim()
      .toUpperCase();
    setParams(value ? { reference: value } : {});
  }

  return (
    <>
      <PageHeader title={t('service-requests.lookup.title')} lead={t('service-requests.lookup.lead')} />
      <form role="search" aria-label={t('service-requests.lookup.title')} onSubmit={onSubmit} noValidate>
        <TextField
          key={reference}
          label={t('service-requests.lookup.reference')}
          hint={t('service-requests.lookup.hint')}
          name="reference"
          defaultValue={reference}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          noMarker
        />
        <Button type="submit">{t('service-requests.lookup.submit')}</Button>
      </form>
      <section aria-labelledby="lookup-result" className="p-section">
        <h2 id="lookup-result">{found ? found.reference : t('service-requests.lookup.result')}</h2>
        {loading && <Spinner />}
        {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
        {!reference && <p className="p-muted">{t('service-requests.lookup.prompt')}</p>}
        {reference && data && !found && (
          <EmptyState title={t('service-requests.lookup.notFound', { reference })}>
            <p>{t('service-requests.lookup.notFoundHint')}</p>
          </EmptyState>
        )}
        {found && (
          <>
            <Card>
              <RequestSummary request={found} />
              <p className="sr-text">{found.description}</p>
              <Gallery
                images={found.images}
                label={t('service-requests.request.photos')}
                describe={(position, count) => t('service-requests.request.photoAlt', { position, count, reference: found.reference })}
              />
              {(found.address || found.district) && (
                <p className="p-muted">{[found.address, found.district].filter(Boolean).join(' · ')}</p>
              )}
              <p>{t('service-requests.follow.count', { count: found.followerCount })}</p>
              <p>
                <Link to={`/service-requests/${found.id}`}>{t('service-requests.lookup.open', { reference: found.reference })}</Link>
              </p>
            </Card>
            <Card title={t('service-requests.request.timeline')} level={3} id="lookup-timeline">
              <RequestTimeline events={found.events} />
            </Card>
          </>
        )}
      </section>
    </>
  );
}
