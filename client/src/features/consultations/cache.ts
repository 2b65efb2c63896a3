import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * Consultation lists page with "load more", one list per state; a consultation's comments page
 * the same way.
 */
export const typePolicies: TypePolicies = {
  Query: { fields: { consultations: relayStylePagination(['filter']) } },
  Consultation: { fields: { comments: relayStylePagination() } },
};
