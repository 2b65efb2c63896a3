import { Link } from 'react-router-dom';
import { useT } from '@/i18n';
import { Badge, Card } from '@/ui';
import type { Service } from '../graphql/service-requests.graphql';

/** Groups in the order the server lists them (by group, then the order admins set). */
function byGroup(services: Service[]): [string, Service[]][] {
  const groups = new Map<string, Service[]>();
  for (const s of services) groups.set(s.group, [...(groups.get(s.group) ?? []), s]);
  return [...groups];
}

/** The catalogue: what each kind means, then each group's services as links to their form. */
export function ServiceCatalogue({ services }: { services: Service[] }) {
  const t = useT();
  return (
    <>
      <Card title={t('service-requests.catalogue.kindsTitle')} id="catalogue-kinds">
        <dl className="p-dl">
          <dt>
            <Badge tone="info">{t('service-requests.kind.REPORT')}</Badge>
          </dt>
          <dd>{t('service-requests.catalogue.reportExplained')}</dd>
          <dt>
            <Badge>{t('service-requests.kind.FORMALITY')}</Badge>
          </dt>
          <dd>{t('service-requests.catalogue.formalityExplained')}</dd>
        </dl>
      </Card>
      {byGroup(services).map(([group, items], i) => (
        <section key={group} className="p-section" aria-labelledby={`catalogue-group-${i}`}>
          <h2 id={`catalogue-group-${i}`}>{group}</h2>
          <ul className="p-list">
            {items.map((s) => (
              <li key={s.id}>
                <div className="p-list__main">
                  <Link to={`/service-requests/new?service=${encodeURIComponent(s.id)}`}>
                    <strong>{s.name}</strong>
                  </Link>{' '}
                  <Badge tone={s.kind === 'REPORT' ? 'info' : 'neutral'}>{t(`service-requests.kind.${s.kind}`)}</Badge>
                  {s.kind === 'REPORT' && !s.publicRequests && <Badge tone="neutral">{t('service-requests.catalogue.privateBadge')}</Badge>}
                  <p>{s.description}</p>
                  <p className="p-muted">
                    {t('service-requests.catalogue.handledBy', { department: s.department.name, count: s.targetDays })}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
