import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * A comment's replies page with "show more" (every `replies(first, after)` is one list per
 * comment). `Query.comment` reads a comment already in the cache, so the replies a thread has
 * loaded or just added can be watched without a request.
 */
export const typePolicies: TypePolicies = {
  Comment: { fields: { replies: relayStylePagination() } },
  Query: {
    fields: {
      comment: {
        read(existing, { args, toReference }) {
          return existing ?? (typeof args?.id === 'string' ? toReference({ __typename: 'Comment', id: args.id }) : undefined);
        },
      },
    },
  },
};
