import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** Notifications page with "load more"; all and unread-only are two lists. */
export const typePolicies: TypePolicies = {
  Query: { fields: { notifications: relayStylePagination(['unreadOnly']) } },
};
