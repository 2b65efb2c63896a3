import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { CREATE_PROPOSAL, PUBLISH_PROPOSAL, UPDATE_PROPOSAL, WITHDRAW_PROPOSAL } from '../graphql/proposals.graphql';

/**
 * Lists are filtered and ordered on the server: a proposal that is created, published or
 * withdrawn may enter or leave any of them, so they are dropped from the cache and fetched again
 * when shown (the proposal itself is updated in place by normalisation).
 */
function forgetLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'proposals' });
  cache.gc();
}

export function useCreateProposal() {
  return useMutation(CREATE_PROPOSAL, { update: forgetLists });
}

export function useUpdateProposal() {
  return useMutation(UPDATE_PROPOSAL);
}

export function usePublishProposal() {
  return useMutation(PUBLISH_PROPOSAL, { update: forgetLists });
}

export function useWithdrawProposal() {
  return useMutation(WITHDRAW_PROPOSAL, { update: forgetLists });
}
