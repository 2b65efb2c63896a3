import { ModerationActions } from '../moderation/moderation-vocabulary';

/** What forum moderators do, as the moderation log records it (ForumsService records them). */
export const FORUM_MODERATION_ACTIONS = { PIN: 'PIN', UNPIN: 'UNPIN', LOCK: 'LOCK', UNLOCK: 'UNLOCK' } as const;
ModerationActions.add(FORUM_MODERATION_ACTIONS.PIN, 'A forum topic pinned at the top of its forum.');
ModerationActions.add(FORUM_MODERATION_ACTIONS.UNPIN, 'A forum topic unpinned.');
ModerationActions.add(FORUM_MODERATION_ACTIONS.LOCK, 'A forum topic locked: no new comments or edits.');
ModerationActions.add(FORUM_MODERATION_ACTIONS.UNLOCK, 'A forum topic unlocked.');
