import { gql, type TypedDocumentNode } from '@apollo/client';
import { PAGE_INFO, type Connection, type PageInfo } from '@/app';

/**
 * The comment thread shared by proposals, forum topics and consultations. A thread page asks
 * its top-level comments with `...CommentThreadNode` (the first replies inline); deeper replies
 * are fetched on demand with COMMENT_REPLIES, which keeps each request under the server's depth
 * and cost limits.
 */

export type CommentTargetType = 'PROPOSAL' | 'FORUM_TOPIC' | 'CONSULTATION';

/** Replies shown under a top-level comment before "show more replies". */
export const INLINE_REPLIES = 5;
/** Replies fetched per "show more replies". */
export const REPLIES_PAGE = 20;

export interface CommentFieldsData {
  __typename?: 'Comment';
  id: string;
  /** Null once deleted, and while hidden for everyone but its author and moderators. */
  body: string | null;
  score: number;
  viewerVote: number;
  hidden: boolean;
  deleted: boolean;
  createdAt: string;
  editedAt: string | null;
  editableUntil: string;
  viewerCanEdit: boolean;
  author: { id: string; displayName: string } | null;
}

export interface RepliesPage<Node> {
  totalCount: number;
  pageInfo?: PageInfo;
  edges?: { cursor: string; node: Node }[];
}

/** A reply as listed: its own replies are only counted (fetched when asked). */
export interface CommentLeafData extends CommentFieldsData {
  replies: { totalCount: number };
}

/** A top-level comment with its first replies. */
export interface CommentThreadNodeData extends CommentFieldsData {
  replies: Required<RepliesPage<CommentLeafData>>;
}

/** Any comment the thread renders: top-level ones carry reply edges, deeper ones only a count. */
export type CommentNodeData = CommentFieldsData & { replies: RepliesPage<CommentLeafData> };

export type CommentThreadConnection = Connection<CommentThreadNodeData>;

export const COMMENT_FIELDS = gql`
  fragment CommentFields on Comment {
    id
    body
    score
    viewerVote
    hidden
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
`;

export const COMMENT_LEAF = gql`
  fragment CommentLeaf on Comment {
    ...CommentFields
    replies(first: 1) {
      totalCount
    }
  }
  ${COMMENT_FIELDS}
`;

/** A page of a comment's replies: the first ones under a thread's comment, or the next ones asked. */
const COMMENT_REPLIES_PAGE = gql`
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
  ${COMMENT_LEAF}
  ${PAGE_INFO}
`;

export const COMMENT_THREAD_NODE = gql`
  fragment CommentThreadNode on Comment {
    ...CommentFields
    replies(first: ${INLINE_REPLIES}) {
      ...CommentRepliesPage
    }
  }
  ${COMMENT_FIELDS}
  ${COMMENT_REPLIES_PAGE}
`;

/** Spread on a target's `comments(first, after)` connection. */
export const COMMENT_THREAD_CONNECTION = gql`
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
  ${COMMENT_THREAD_NODE}
  ${PAGE_INFO}
`;

export interface CommentRepliesData {
  comment: { __typename?: 'Comment'; id: string; replies: Required<RepliesPage<CommentLeafData>> } | null;
}

export const COMMENT_REPLIES: TypedDocumentNode<CommentRepliesData, { id: string; first: number; after?: string | null }> = gql`
  query CommentReplies($id: ID!, $first: Int!, $after: String) {
    comment(id: $id) {
      id
      replies(first: $first, after: $after) {
        ...CommentRepliesPage
      }
    }
  }
  ${COMMENT_REPLIES_PAGE}
`;

export interface AddCommentVars {
  input: { targetType: CommentTargetType; targetId: string; body: string; parentId?: string | null };
}

/** Returns the thread-node shape, so the new comment can be shown at either level without a refetch. */
export const ADD_COMMENT: TypedDocumentNode<{ addComment: CommentThreadNodeData }, AddCommentVars> = gql`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      ...CommentThreadNode
    }
  }
  ${COMMENT_THREAD_NODE}
`;

export const VOTE_COMMENT: TypedDocumentNode<
  { voteComment: { id: string; score: number; viewerVote: number } },
  { id: string; value: number }
> = gql`
  mutation VoteComment($id: ID!, $value: Int!) {
    voteComment(id: $id, value: $value) {
      id
      score
      viewerVote
    }
  }
`;

export const EDIT_COMMENT: TypedDocumentNode<
  { editComment: { id: string; body: string | null; editedAt: string | null; viewerCanEdit: boolean } },
  { id: string; body: string }
> = gql`
  mutation EditComment($id: ID!, $body: String!) {
    editComment(id: $id, body: $body) {
      id
      body
      editedAt
      viewerCanEdit
    }
  }
`;

export const DELETE_COMMENT: TypedDocumentNode<{ deleteComment: CommentFieldsData }, { id: string }> = gql`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      ...CommentFields
    }
  }
  ${COMMENT_FIELDS}
`;
