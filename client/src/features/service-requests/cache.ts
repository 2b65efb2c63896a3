import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * Request lists page with "load more": each filter (queue filters, the nearby check) is its own
 * list; the resident's own requests are one list.
 */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      serviceRequests: relayStylePagination(['filter', 'orderBy']),
      myServiceRequests: relayStylePagination(),
    },
  },
};
