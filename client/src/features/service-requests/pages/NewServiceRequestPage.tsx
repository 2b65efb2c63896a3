import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useAuth } from '@/app';
import { useT } from '@/i18n';
import { Badge, ButtonLink, Card, Cluster, EmptyState, ErrorMessage, Notice, PageHeader, Spinner } from '@/ui';
import { ServiceCatalogue } from '../components/ServiceCatalogue';
import { ServiceRequestForm } from '../components/ServiceRequestForm';
import { SERVICES } from '../graphql/service-requests.graphql';

/**
 * `/service-requests/new`: the catalogue (open to all), then `?service=<id>` the filing form
 * (signed-in residents; visitors are invited to sign in and come back here).
 */
export function NewServiceRequestPage() {
  const t = useT();
  const [params] = useSearchParams();
  const serviceId = params.get('service');
  const { viewer, loading: authLoading } = useAuth();
  const { data, loading, error, refetch } = useQuery(SERVICES);
  const service = serviceId ? (data?.services.find((s) => s.id === serviceId) ?? null) : null;

  const title = service
    ? t(service.kind === 'REPORT' ? 'service-requests.new.reportTitle' : 'service-requests.new.formalityTitle', { name: service.name })
    : t('service-requests.new.title');
  // Choosing a service (or going back to the catalogue) stays on this address, so the shell does not
  // move focus: the link just followed is gone, and focus would fall to the body. The new h1 takes it.
  const shownService = useRef(serviceId);
  useEffect(() => {
    if (shownService.current === serviceId) return;
    shownService.current = serviceId;
    document.getElementById('page-title')?.focus();
  }, [serviceId]);
  const here = `/service-requests/new${serviceId ? `?service=${encodeURIComponent(serviceId)}` : ''}`;

  return (
    <>
      <PageHeader title={title} lead={service ? service.description : t('service-requests.new.lead')} />
      {loading && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && !serviceId && (
        <>
          <p>
            <Link to="/service-requests/lookup">{t('service-requests.new.lookupLink')}</Link>
          </p>
          {data.services.length === 0 ? (
            <EmptyState title={t('service-requests.new.emptyCatalogue')} />
          ) : (
            <ServiceCatalogue services={data.services} />
          )}
        </>
      )}
      {data && serviceId && !service && (
        <EmptyState
          title={t('service-requests.new.unknownService')}
          action={<ButtonLink to="/service-requests/new">{t('service-requests.new.backToCatalogue')}</ButtonLink>}
        />
      )}
      {service && (
        <>
          <Card>
            <Cluster>
              <Badge tone={service.kind === 'REPORT' ? 'info' : 'neutral'}>{t(`service-requests.kind.${service.kind}`)}</Badge>
              <span className="p-muted">
                {t('service-requests.catalogue.handledBy', { department: service.department.name, count: service.targetDays })}
              </span>
            </Cluster>
          </Card>
          {authLoading ? (
            <Spinner />
          ) : viewer ? (
            <ServiceRequestForm key={service.id} service={service} />
          ) : (
            <Notice>
              <p>{t('service-requests.new.signInToFile')}</p>
              <Cluster>
                <ButtonLink to={`/sign-in?next=${encodeURIComponent(here)}`}>{t('service-requests.new.signIn')}</ButtonLink>
                <ButtonLink to={`/sign-up?next=${encodeURIComponent(here)}`} variant="secondary">
                  {t('service-requests.new.signUp')}
                </ButtonLink>
              </Cluster>
            </Notice>
          )}
        </>
      )}
    </>
  );
}
