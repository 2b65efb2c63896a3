import { Link } from 'react-router-dom';
import { useT } from '@/i18n';
import { Notice } from '@/ui';
import type { SimilarProposal } from '../graphql/proposals.graphql';

/**
 * "Similar ideas already exist": published proposals like the one being written, so the resident
 * can support one instead of filing a twin. Inside a polite live region: announced when it appears.
 */
export function SimilarProposals({ proposals }: { proposals: SimilarProposal[] }) {
  const t = useT();
  return (
    <div aria-live="polite">
      {proposals.length > 0 && (
        <Notice tone="info">
          <h2 className="p-card__title" id="similar-title">
            {t('proposals.similar.title')}
          </h2>
          <ul aria-labelledby="similar-title">
            {proposals.map((p) => (
              <li key={p.id}>
                <Link to={`/proposals/${p.id}`}>{p.title}</Link>{' '}
                <span className="p-muted">
                  ({t(`proposals.status.${p.status}`)} · {t('proposals.supportCount', { count: p.supportCount })})
                </span>
              </li>
            ))}
          </ul>
        </Notice>
      )}
    </div>
  );
}
