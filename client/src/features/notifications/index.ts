/**
 * What other features use from notifications: following a thing (the shared follow control and
 * its hook; the followed feature supplies the sentences, see FollowMessages), reading a
 * notification's payload in the feature's own `notifications.ts` renderers, and learning of a
 * notification as it arrives (`useNotificationAdded`).
 */
export { FollowControl, type FollowMessages } from './components/FollowControl';
export { useFollow, writeFollowState } from './hooks/useFollow';
export { useNotificationAdded, type AddedNotification } from './hooks/useNotificationAdded';
export { FOLLOW, UNFOLLOW, type FollowTarget, type FollowTargetType } from './graphql/notifications.graphql';
export { payloadNumber, payloadText } from './notification-view';
export { EmailPreferencesCard } from './components/EmailPreferencesCard';
