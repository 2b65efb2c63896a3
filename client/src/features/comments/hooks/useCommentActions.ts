import type { Reference, StoreObject } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { ADD_COMMENT, DELETE_COMMENT, EDIT_COMMENT, VOTE_COMMENT, type CommentTargetType } from '../graphql/comments.graphql';

interface StoredConnection {
  totalCount?: number;
  edges?: { cursor?: string; node: Reference }[];
}

/**
 * Adds a comment (or a reply) and puts it at the end of its list in the cache: the target's
 * `comments` (cache id `owner`, e.g. `Proposal:…`) or the parent's `replies`, so it shows without
 * refetching the thread. When the next page is loaded, the relay policy drops this local edge and
 * the server's own copy takes its place.
 */
export function useAddComment(target: { type: CommentTargetType; id: string; owner: string }) {
  return useMutation(ADD_COMMENT, {
    update(cache, { data }, { variables }) {
      if (!data) return;
      const parentId = variables?.input.parentId ?? null;
      const id = parentId ? cache.identify({ __typename: 'Comment', id: parentId }) : target.owner;
      const field = parentId ? 'replies' : 'comments';
      cache.modify({
        id,
        fields: {
          [field]: (value, { toReference }) => {
            const existing = value as StoredConnection | undefined;
            const ref = toReference(data.addComment as unknown as StoreObject);
            if (!existing || !ref) return value;
            return {
              ...existing,
              totalCount: (existing.totalCount ?? 0) + 1,
              edges: [...(existing.edges ?? []), { __typename: 'CommentEdge', cursor: '', node: ref }],
            };
          },
        },
      });
    },
  });
}

/** Votes return the comment's new score and the viewer's vote: the normalised cache updates the row. */
export function useVoteComment() {
  return useMutation(VOTE_COMMENT);
}

export function useEditComment() {
  return useMutation(EDIT_COMMENT);
}

/** A deleted comment stays in its thread (shown as deleted, replies kept): no list change. */
export function useDeleteComment() {
  return useMutation(DELETE_COMMENT);
}
