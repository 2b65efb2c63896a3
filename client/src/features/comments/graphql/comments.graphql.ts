import { graphql } from '@/generated';
import type {
  CommentFieldsFragment,
  CommentRepliesPageFragment,
  CommentThreadConnectionFragment,
  CommentThreadNodeFragment,
} from '@/generated/graphql';

/**
 * The comment thread shared by every commentable target (proposals today). A thread page asks
 * its top-level comments with `...CommentThreadNode` (the first replies inline); deeper replies
 * are fetched on demand with COMMENT_REPLIES, which keeps each request under the server's depth
 * and cost limits.
 */

export type { CommentTargetType } from '@/generated/graphql';

/** Replies fetched per "show more replies". */
export const REPLIES_PAGE = 20;

/** A top-level comment with its first replies. */
export type CommentThreadNodeData = CommentThreadNodeFragment;

/** Any comment the thread renders: top-level ones carry reply edges, deeper ones only a count. */
export type CommentNodeData = CommentFieldsFragment & {
  replies: Partial<CommentRepliesPageFragment> & Pick<CommentRepliesPageFragment, 'totalCount'>;
};

export type CommentThreadConnection = CommentThreadConnectionFragment;

export const COMMENT_FIELDS = graphql(`
  fragment CommentFields on Comment {
    id
    body
    score
    viewerVote
    hidden
    hiddenReason
    deleted
    createdAt
    editedAt
    editableUntil
    viewerCanEdit
    author {
      id
      displayName
    }
  }
`);

export const COMMENT_LEAF = graphql(`
  fragment CommentLeaf on Comment {
    ...CommentFields
    replies(first: 1) {
      totalCount
    }
  }
`);

/** A page of a comment's replies: the first ones under a thread's comment, or the next ones asked. */
export const COMMENT_REPLIES_PAGE = graphql(`
  fragment CommentRepliesPage on CommentConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...CommentLeaf
      }
    }
  }
`);

/** Shows its first 5 replies inline, before "show more replies". */
export const COMMENT_THREAD_NODE = graphql(`
  fragment CommentThreadNode on Comment {
    ...CommentFields
    replies(first: 5) {
      ...CommentRepliesPage
    }
  }
`);

/** Spread on a target's `comments(first, after)` connection. */
export const COMMENT_THREAD_CONNECTION = graphql(`
  fragment CommentThreadConnection on CommentConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...CommentThreadNode
      }
    }
  }
`);

export const COMMENT_REPLIES = graphql(`
  query CommentReplies($id: ID!, $first: Int!, $after: String) {
    comment(id: $id) {
      id
      replies(first: $first, after: $after) {
        ...CommentRepliesPage
      }
    }
  }
`);

/** Returns the thread-node shape, so the new comment can be shown at either level without a refetch. */
export const ADD_COMMENT = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      ...CommentThreadNode
    }
  }
`);

export const VOTE_COMMENT = graphql(`
  mutation VoteComment($id: ID!, $value: Int!) {
    voteComment(id: $id, value: $value) {
      id
      score
      viewerVote
    }
  }
`);

export const EDIT_COMMENT = graphql(`
  mutation EditComment($id: ID!, $body: String!) {
    editComment(id: $id, body: $body) {
      id
      body
      editedAt
      viewerCanEdit
    }
  }
`);

export const DELETE_COMMENT = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      ...CommentFields
    }
  }
`);
