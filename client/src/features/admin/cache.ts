import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** The users connection pages with "load more"; each search/role filter is its own list. */
export const typePolicies: TypePolicies = {
  Query: { fields: { users: relayStylePagination(['search', 'role']) } },
};
