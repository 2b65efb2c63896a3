import { Link } from 'react-router-dom';
import { useContentLang, useI18n } from '@/i18n';
import { Badge, Card, StatusBadge, Thumbnail } from '@/ui';
import type { ProposalCardData } from '../graphql/proposals.graphql';
import { Meter } from './Meter';
import { STATUS_TONES } from './status';

/** One proposal in a list: what it is, where it stands, how much support it has. */
export function ProposalCard({ proposal: p }: { proposal: ProposalCardData }) {
  const { t, formatDate } = useI18n();
  const contentLang = useContentLang();
  const cover = p.images[0];
  return (
    <Card as="article">
      {cover && <Thumbnail className="pr-card__thumb" image={cover} alt={t('proposals.images.cardAlt', { title: p.title })} />}
      <div className="pr-card__head">
        <h3 className="p-card__title pr-card__title" lang={contentLang}>
          <Link to={`/proposals/${p.id}`}>{p.title}</Link>
        </h3>
        <StatusBadge status={p.status} namespace="proposals.status" tones={STATUS_TONES} />
        {/* Only its author (their own list) and moderators meet a hidden proposal in a list. */}
        {p.hidden && <Badge tone="danger">{t('proposals.page.hiddenBadge')}</Badge>}
      </div>
      <p className="p-muted">{t('proposals.byOn', { name: p.author.displayName, date: formatDate(p.publishedAt ?? p.createdAt) })}</p>
      {(p.category || p.district) && (
        <dl className="pr-facts">
          {p.category && (
            <div>
              <dt>{t('proposals.fields.category')}</dt>
              <dd>{p.category.name}</dd>
            </div>
          )}
          {p.district && (
            <div>
              <dt>{t('proposals.fields.district')}</dt>
              <dd>{p.district}</dd>
            </div>
          )}
        </dl>
      )}
      {p.status !== 'DRAFT' && (
        <Meter
          id={`supports-${p.id}`}
          label={t('proposals.supportsOf', { count: p.supportCount, threshold: p.supportThreshold })}
          value={p.supportCount}
          max={p.supportThreshold}
        />
      )}
      <p className="p-muted">{t('proposals.commentCount', { count: p.commentCount })}</p>
    </Card>
  );
}
