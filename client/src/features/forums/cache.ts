import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * A forum's topics page with "load more", one list per order; the council's archive and a topic's
 * comments page the same way.
 */
export const typePolicies: TypePolicies = {
  Query: { fields: { archivedForums: relayStylePagination() } },
  Forum: { fields: { topics: relayStylePagination(['orderBy']) } },
  ForumTopic: { fields: { comments: relayStylePagination() } },
};
