import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * Proposal lists page with "load more", one list per filter and order; a proposal's comments
 * page the same way (the thread appends the next page).
 */
export const typePolicies: TypePolicies = {
  Query: { fields: { proposals: relayStylePagination(['filter', 'orderBy']) } },
  Proposal: { fields: { comments: relayStylePagination() } },
};
