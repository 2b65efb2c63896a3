import { useState } from 'react';
import { useT } from '@/i18n';
import { Button, ButtonLink, Card, Cluster, ErrorMessage, Notice } from '@/ui';
import type { ProposalDetailData } from '../graphql/proposals.graphql';
import { usePublishProposal, useWithdrawProposal } from '../hooks/useProposalMutations';

/** What the author can do: edit and publish a draft; withdraw a proposal before the council answers. */
export function AuthorActions({ proposal: p }: { proposal: ProposalDetailData }) {
  const t = useT();
  const [publish, publishing] = usePublishProposal();
  const [withdraw, withdrawing] = useWithdrawProposal();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<'published' | 'withdrawn' | null>(null);

  async function run(action: 'published' | 'withdrawn') {
    setError(null);
    try {
      await (action === 'published' ? publish : withdraw)({ variables: { id: p.id } });
      setDone(action);
      setConfirming(false);
    } catch (e) {
      setError(e);
    }
  }

  const withdrawable = p.status === 'PUBLISHED' || p.status === 'UNDER_REVIEW';
  return (
    <>
      <div role="status">
        {done && (
          <Notice tone="success">
            <p>{done === 'published' ? t('proposals.author.published') : t('proposals.author.withdrawn')}</p>
          </Notice>
        )}
      </div>
      {p.status === 'DRAFT' && (
        <Card title={t('proposals.author.draftTitle')} id="draft">
          <p>{t('proposals.author.draftBody')}</p>
          <Cluster>
            <Button onClick={() => void run('published')} loading={publishing.loading} loadingLabel={t('proposals.author.publishing')}>
              {t('proposals.author.publish')}
            </Button>
            <ButtonLink to={`/proposals/${p.id}/edit`} variant="secondary">
              {t('proposals.author.edit')}
            </ButtonLink>
          </Cluster>
        </Card>
      )}
      {withdrawable && !confirming && (
        <p>
          <Button variant="ghost" size="small" onClick={() => setConfirming(true)}>
            {t('proposals.author.withdraw')}
          </Button>
        </p>
      )}
      {withdrawable && confirming && (
        <Notice tone="warning" focus>
          <p>{t('proposals.author.confirmWithdraw')}</p>
          <Cluster>
            <Button variant="danger" size="small" loading={withdrawing.loading} onClick={() => void run('withdrawn')}>
              {t('proposals.author.confirmWithdrawYes')}
            </Button>
            <Button variant="ghost" size="small" onClick={() => setConfirming(false)}>
              {t('ui.cancel')}
            </Button>
          </Cluster>
        </Notice>
      )}
      {error != null && <ErrorMessage error={error} />}
    </>
  );
}
