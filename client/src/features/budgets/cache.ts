import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** The list of editions pages with "load more"; an edition's and a project's comments page the same way. */
export const typePolicies: TypePolicies = {
  Query: { fields: { budgets: relayStylePagination() } },
  Budget: { fields: { comments: relayStylePagination() } },
  BudgetProject: { fields: { comments: relayStylePagination() } },
};
