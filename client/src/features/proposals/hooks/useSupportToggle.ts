import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import {
  PROPOSAL_DETAIL_ONLY,
  SUPPORT_PROPOSAL,
  WITHDRAW_SUPPORT,
  type ProposalDetailData,
  type SupportResult,
} from '../graphql/proposals.graphql';

/**
 * Support / withdraw support. The count moves at once (optimistic, the only optimistic change of
 * the feature), then the server's answer replaces it. When the support changed more than the count
 * (threshold reached: new status, a timeline step), the proposal is fetched again.
 */
export function useSupportToggle(p: ProposalDetailData) {
  const client = useApolloClient();
  const [support, supporting] = useMutation(SUPPORT_PROPOSAL);
  const [withdraw, withdrawing] = useMutation(WITHDRAW_SUPPORT);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<'supported' | 'withdrawn' | null>(null);

  async function toggle() {
    setError(null);
    setDone(null);
    const adding = !p.viewerHasSupported;
    const optimistic: SupportResult = {
      __typename: 'Proposal',
      id: p.id,
      supportCount: Math.max(0, p.supportCount + (adding ? 1 : -1)),
      viewerHasSupported: adding,
      // Supporting follows the proposal (if not already); withdrawing leaves the follow alone.
      followerCount: adding && !p.viewerIsFollowing ? p.followerCount + 1 : p.followerCount,
      viewerIsFollowing: adding || p.viewerIsFollowing,
      status: p.status,
      supportsOpen: p.supportsOpen,
      thresholdReachedAt: p.thresholdReachedAt,
    };
    try {
      const result = adding
        ? (await support({ variables: { id: p.id }, optimisticResponse: { supportProposal: optimistic } })).data?.supportProposal
        : (await withdraw({ variables: { id: p.id }, optimisticResponse: { withdrawSupport: optimistic } })).data?.withdrawSupport;
      setDone(adding ? 'supported' : 'withdrawn');
      if (result && (result.status !== p.status || result.thresholdReachedAt !== p.thresholdReachedAt)) {
        await client.query({ query: PROPOSAL_DETAIL_ONLY, variables: { id: p.id }, fetchPolicy: 'network-only' });
      }
    } catch (e) {
      setError(e);
    }
  }

  return { toggle, loading: supporting.loading || withdrawing.loading, error, done };
}
