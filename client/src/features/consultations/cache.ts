import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * Consultation lists page with "load more", one list per state; a consultation's comments page
 * the same way, and so do a free-text question's answers (keyed by the question).
 */
export const typePolicies: TypePolicies = {
  Query: { fields: { consultations: relayStylePagination(['filter']) } },
  Consultation: { fields: { comments: relayStylePagination() } },
  QuestionResult: { keyFields: ['questionId'], fields: { texts: relayStylePagination() } },
};
