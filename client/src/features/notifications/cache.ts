import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * Notifications page with "load more"; all and unread-only are two lists. An e-mail preference is
 * one per kind and channel: a saved choice updates the page's list in the cache.
 */
export const typePolicies: TypePolicies = {
  Query: { fields: { notifications: relayStylePagination(['unreadOnly']) } },
  NotificationPreference: { keyFields: ['kind', 'channel'] },
};
