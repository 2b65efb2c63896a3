// Typed by codegen (`npm run codegen --workspace client` after any change; a unit test fails on drift).
import { graphql } from '@/generated';
import type { ForumSummaryFragment, ForumTopicCardFragment, ForumTopicDetailFragment } from '@/generated/graphql';

export type { ForumTopicOrder } from '@/generated/graphql';

/** Topics per page in a forum. */
export const TOPICS_PAGE = 20;
export const TOPIC_ORDERS = ['LAST_ACTIVITY', 'NEWEST', 'MOST_COMMENTED'] as const;

export type ForumSummaryData = ForumSummaryFragment;
export type ForumTopicCardData = ForumTopicCardFragment;
export type ForumTopicDetailData = ForumTopicDetailFragment;

/** One selection of a topic's image everywhere, so cached copies never lack a size. */
export const FORUM_IMAGE = graphql(`
  fragment ForumImage on Image {
    id
    width
    height
    placeholder
    thumb: url(variant: THUMB)
    large: url(variant: LARGE)
  }
`);

/** A forum as the list of forums shows it. */
export const FORUM_SUMMARY = graphql(`
  fragment ForumSummary on Forum {
    id
    title
    description
    position
    archived
    archivedAt
    topicCount
    lastActivityAt
  }
`);

export const FORUMS = graphql(`
  query Forums {
    forums {
      ...ForumSummary
    }
  }
`);

/** One forum's own fields (its edit page, the new-topic page). */
export const FORUM_SUMMARY_BY_ID = graphql(`
  query ForumSummaryById($id: ID!) {
    forum(id: $id) {
      ...ForumSummary
    }
  }
`);

export const ARCHIVED_FORUMS = graphql(`
  query ArchivedForums($after: String) {
    archivedForums(first: 20, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ForumSummary
        }
      }
    }
  }
`);

/** A topic as a forum's list shows it. */
export const FORUM_TOPIC_CARD = graphql(`
  fragment ForumTopicCard on ForumTopic {
    id
    title
    pinned
    locked
    commentCount
    createdAt
    lastActivityAt
    author {
      id
      displayName
    }
    images {
      ...ForumImage
    }
  }
`);

export const FORUM = graphql(`
  query Forum($id: ID!, $first: Int!, $after: String, $orderBy: ForumTopicOrder!) {
    forum(id: $id) {
      ...ForumSummary
      followerCount
      viewerIsFollowing
      topics(first: $first, after: $after, orderBy: $orderBy) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        edges {
          cursor
          node {
            ...ForumTopicCard
          }
        }
      }
    }
  }
`);

/** A topic as its page shows it, with the first page of its thread. */
export const FORUM_TOPIC_DETAIL = graphql(`
  fragment ForumTopicDetail on ForumTopic {
    id
    title
    body
    pinned
    locked
    hidden
    hiddenReason
    commentCount
    commentsOpen
    viewerCanEdit
    createdAt
    editedAt
    lastActivityAt
    followerCount
    viewerIsFollowing
    author {
      id
      displayName
    }
    forum {
      id
      title
      archived
    }
    images {
      ...ForumImage
    }
    comments(first: 20) {
      ...CommentThreadConnection
    }
  }
`);

export const FORUM_TOPIC = graphql(`
  query ForumTopic($id: ID!) {
    forumTopic(id: $id) {
      ...ForumTopicDetail
    }
  }
`);

export const FORUM_TOPIC_COMMENTS = graphql(`
  query ForumTopicComments($id: ID!, $after: String) {
    forumTopic(id: $id) {
      id
      comments(first: 20, after: $after) {
        ...CommentThreadConnection
      }
    }
  }
`);

/** The count and last activity after a comment was added or deleted (the server counts, the client shows). */
export const FORUM_TOPIC_COMMENT_COUNT = graphql(`
  query ForumTopicCommentCount($id: ID!) {
    forumTopic(id: $id) {
      id
      commentCount
      lastActivityAt
      viewerCanEdit
    }
  }
`);

// ---------------------------------------------------------------------------------------------
// The council's forums.

export const CREATE_FORUM = graphql(`
  mutation CreateForum($input: CreateForumInput!) {
    createForum(input: $input) {
      ...ForumSummary
    }
  }
`);

export const UPDATE_FORUM = graphql(`
  mutation UpdateForum($id: ID!, $input: UpdateForumInput!) {
    updateForum(id: $id, input: $input) {
      ...ForumSummary
    }
  }
`);

export const MOVE_FORUM = graphql(`
  mutation MoveForum($id: ID!, $direction: ForumMoveDirection!) {
    moveForum(id: $id, direction: $direction) {
      ...ForumSummary
    }
  }
`);

export const ARCHIVE_FORUM = graphql(`
  mutation ArchiveForum($id: ID!) {
    archiveForum(id: $id) {
      ...ForumSummary
    }
  }
`);

export const RESTORE_FORUM = graphql(`
  mutation RestoreForum($id: ID!) {
    restoreForum(id: $id) {
      ...ForumSummary
    }
  }
`);

// ---------------------------------------------------------------------------------------------
// Topics.

export const CREATE_FORUM_TOPIC = graphql(`
  mutation CreateForumTopic($input: CreateForumTopicInput!) {
    createForumTopic(input: $input) {
      ...ForumTopicDetail
    }
  }
`);

export const UPDATE_FORUM_TOPIC = graphql(`
  mutation UpdateForumTopic($id: ID!, $input: UpdateForumTopicInput!) {
    updateForumTopic(id: $id, input: $input) {
      ...ForumTopicDetail
    }
  }
`);

export const SET_TOPIC_PINNED = graphql(`
  mutation SetTopicPinned($id: ID!, $pinned: Boolean!) {
    setTopicPinned(id: $id, pinned: $pinned) {
      id
      pinned
    }
  }
`);

export const SET_TOPIC_LOCKED = graphql(`
  mutation SetTopicLocked($id: ID!, $locked: Boolean!) {
    setTopicLocked(id: $id, locked: $locked) {
      id
      locked
      commentsOpen
      viewerCanEdit
    }
  }
`);
