import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * The queue, the log (one list per filter) and the suspensions (per person, in force or all) page
 * with « load more ». A queue item (FlaggedItem) is identified by its `id`, `<type>:<id>`.
 */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      moderationQueue: relayStylePagination(),
      moderationLog: relayStylePagination(['filter']),
      suspensions: relayStylePagination(['userId', 'includeEnded']),
    },
  },
  // An item read again (after a decision) replaces its notes and content: they have no id of their own.
  FlaggedItem: { fields: { notes: { merge: false }, content: { merge: false } } },
};
