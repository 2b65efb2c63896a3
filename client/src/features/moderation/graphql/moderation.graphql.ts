// Typed by codegen (`npm run codegen --workspace client` after any change; a unit test fails on drift).
import { graphql } from '@/generated';
import type {
  FlagReason,
  FlagTargetType,
  ModerationAction,
  ModerationItemFieldsFragment,
  ModerationLogEntryFieldsFragment,
  SuspensionFieldsFragment,
  TransparencyQuery,
} from '@/generated/graphql';

export type { FlagReason, FlagTargetType, ModerationAction } from '@/generated/graphql';

/** One item as the queue and the item page show it: its flags grouped, its content in context. */
export type ModerationItemData = ModerationItemFieldsFragment;
export type ModeratedContentData = NonNullable<ModerationItemData['content']>;
export type SuspensionData = SuspensionFieldsFragment;
export type ModerationLogEntryData = ModerationLogEntryFieldsFragment;
export type TransparencyData = TransparencyQuery['moderationTransparency'];

/** The reasons, in the order the form offers them (the server's enum, gravest last is not implied). */
export const FLAG_REASONS = ['SPAM', 'ABUSE', 'OFF_TOPIC', 'PERSONAL_DATA', 'OTHER'] as const satisfies readonly FlagReason[];
/** Items per page of the queue, entries per page of the log and the suspensions. */
export const QUEUE_PAGE = 10;
export const LOG_PAGE = 20;
export const SUSPENSIONS_PAGE = 20;
/** Notes shown with a queue item (the rest are counted). */
export const NOTES_SHOWN = 5;

/** Which item: its kind and id, as every moderation operation names it. */
export interface FlagTarget {
  type: FlagTargetType;
  id: string;
}

export const FLAG_CONTENT = graphql(`
  mutation FlagContent($targetType: FlagTargetType!, $targetId: ID!, $reason: FlagReason!, $note: String) {
    flagContent(targetType: $targetType, targetId: $targetId, reason: $reason, note: $note)
  }
`);

export const MODERATION_ITEM_FIELDS = graphql(`
  fragment ModerationItemFields on FlaggedItem {
    id
    targetType
    targetId
    openFlagCount
    firstOpenFlagAt
    lastFlaggedAt
    reasonCounts {
      reason
      count
    }
    notes(first: 5) {
      totalCount
      edges {
        node {
          id
          reason
          note
          createdAt
        }
      }
    }
    content {
      targetType
      targetId
      title
      text
      createdAt
      path
      hidden
      hiddenAt
      hiddenReason
      author {
        id
        displayName
      }
      context {
        type
        id
        title
      }
      image {
        id
        width
        height
        placeholder
        thumb: url(variant: THUMB)
        large: url(variant: LARGE)
      }
    }
  }
`);

export const MODERATION_QUEUE = graphql(`
  query ModerationQueue($first: Int!, $after: String) {
    moderationQueue(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ModerationItemFields
        }
      }
    }
  }
`);

export const MODERATION_ITEM = graphql(`
  query ModerationItem($targetType: FlagTargetType!, $targetId: ID!) {
    moderationItem(targetType: $targetType, targetId: $targetId) {
      ...ModerationItemFields
    }
  }
`);

export const HIDE_CONTENT = graphql(`
  mutation HideContent($targetType: FlagTargetType!, $targetId: ID!, $reason: String!, $ground: FlagReason) {
    hideContent(targetType: $targetType, targetId: $targetId, reason: $reason, ground: $ground)
  }
`);

export const RESTORE_CONTENT = graphql(`
  mutation RestoreContent($targetType: FlagTargetType!, $targetId: ID!, $reason: String) {
    restoreContent(targetType: $targetType, targetId: $targetId, reason: $reason)
  }
`);

export const DISMISS_FLAGS = graphql(`
  mutation DismissFlags($targetType: FlagTargetType!, $targetId: ID!, $reason: String) {
    dismissFlags(targetType: $targetType, targetId: $targetId, reason: $reason)
  }
`);

export const SUSPENSION_FIELDS = graphql(`
  fragment SuspensionFields on Suspension {
    id
    until
    reason
    createdAt
    active
    liftedAt
    liftReason
    user {
      id
      displayName
    }
    suspendedBy {
      id
      displayName
    }
    liftedBy {
      id
      displayName
    }
  }
`);

export const SUSPEND_ACCOUNT = graphql(`
  mutation SuspendAccount($userId: ID!, $until: DateTime!, $reason: String!) {
    suspendAccount(userId: $userId, until: $until, reason: $reason) {
      ...SuspensionFields
    }
  }
`);

export const LIFT_SUSPENSION = graphql(`
  mutation LiftSuspension($userId: ID!, $reason: String) {
    liftSuspension(userId: $userId, reason: $reason) {
      ...SuspensionFields
    }
  }
`);

export const SUSPENSIONS = graphql(`
  query Suspensions($first: Int!, $after: String, $userId: ID, $includeEnded: Boolean) {
    suspensions(first: $first, after: $after, userId: $userId, includeEnded: $includeEnded) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...SuspensionFields
        }
      }
    }
  }
`);

/** The viewer's own suspension in force (the banner); its moderator is never named to them. */
export const MY_SUSPENSION = graphql(`
  query MySuspension {
    mySuspension {
      id
      until
      reason
    }
  }
`);

export const MODERATION_LOG_ENTRY_FIELDS = graphql(`
  fragment ModerationLogEntryFields on ModerationLogEntry {
    id
    action
    targetType
    targetId
    reason
    ground
    details
    createdAt
    actor {
      id
      displayName
    }
    subject {
      id
      displayName
    }
  }
`);

export const MODERATION_LOG = graphql(`
  query ModerationLog($first: Int!, $after: String, $filter: ModerationLogFilter) {
    moderationLog(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ModerationLogEntryFields
        }
      }
    }
  }
`);

export const TRANSPARENCY = graphql(`
  query Transparency($from: DateTime, $to: DateTime) {
    moderationTransparency(from: $from, to: $to) {
      from
      to
      byMonth {
        month
        flags
        hidden
        restored
        suspensions
      }
      byGround {
        month
        ground
        hidden
        restored
      }
    }
  }
`);

/** The actions the log's filter offers (the server's enum; one it adds later still reads in the list). */
export const LOG_ACTIONS = [
  'HIDE',
  'RESTORE',
  'DISMISS_FLAGS',
  'SUSPEND',
  'LIFT_SUSPENSION',
] as const satisfies readonly ModerationAction[];
