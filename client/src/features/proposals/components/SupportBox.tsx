import { Link, useLocation } from 'react-router-dom';
import { useAuth } from '@/app';
import { useI18n } from '@/i18n';
import { Button, Card, ErrorMessage, Notice } from '@/ui';
import type { ProposalDetailData } from '../graphql/proposals.graphql';
import { useSupportToggle } from '../hooks/useSupportToggle';
import { Meter } from './Meter';

/**
 * Supports: the count against the threshold, the deadline, and the Support / Withdraw toggle.
 * Supporting also follows the proposal (on the server): said before one supports.
 */
export function SupportBox({ proposal: p }: { proposal: ProposalDetailData }) {
  const { t, formatDate } = useI18n();
  const { viewer } = useAuth();
  const location = useLocation();
  const { toggle, loading, error, done } = useSupportToggle(p);
  const followsTooId = `supports-${p.id}-follows`;
  const offered = p.supportsOpen && !p.viewerHasSupported;
  return (
    <Card title={t('proposals.supports.title')} id="supports">
      <Meter
        id={`supports-${p.id}`}
        label={t('proposals.supportsOf', { count: p.supportCount, threshold: p.supportThreshold })}
        value={p.supportCount}
        max={p.supportThreshold}
      />
      {p.thresholdReachedAt && <p>{t('proposals.supports.reached', { date: formatDate(p.thresholdReachedAt) })}</p>}
      {p.supportsOpen && p.supportDeadline && <p>{t('proposals.supports.until', { date: formatDate(p.supportDeadline) })}</p>}
      {!p.supportsOpen && p.status !== 'DRAFT' && <p className="p-muted">{t('proposals.supports.closed')}</p>}
      {p.viewerHasSupported && <p>{t('proposals.supports.youSupport')}</p>}
      {offered && (
        <p className="p-muted" id={followsTooId}>
          {t('proposals.supports.followsToo')}
        </p>
      )}
      {viewer && p.supportsOpen && (
        <Button
          variant={p.viewerHasSupported ? 'secondary' : 'primary'}
          onClick={() => void toggle()}
          loading={loading}
          aria-describedby={offered ? followsTooId : undefined}
        >
          {p.viewerHasSupported ? t('proposals.supports.withdraw') : t('proposals.supports.support')}
        </Button>
      )}
      {!viewer && p.supportsOpen && (
        <p>
          <Link to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>{t('proposals.supports.signIn')}</Link>
        </p>
      )}
      <div role="status">
        {done && !loading && (
          <Notice tone="success">
            <p>{done === 'supported' ? t('proposals.supports.supported') : t('proposals.supports.withdrawn')}</p>
          </Notice>
        )}
      </div>
      {error != null && <ErrorMessage error={error} />}
    </Card>
  );
}
