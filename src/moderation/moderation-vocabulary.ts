import { registerEnumType } from '@nestjs/graphql';
import { OpenEnum } from '../graphql/open-enum';

/**
 * Why a user flags something, and the ground a moderator records when hiding it (the category the
 * public transparency report counts by). A closed list: it is moderation's own vocabulary.
 */
export enum FlagReason {
  SPAM = 'SPAM',
  ABUSE = 'ABUSE',
  OFF_TOPIC = 'OFF_TOPIC',
  PERSONAL_DATA = 'PERSONAL_DATA',
  OTHER = 'OTHER',
}

registerEnumType(FlagReason, {
  name: 'FlagReason',
  description: 'Why content is flagged, and the ground on which a moderator hides it (counted by the transparency report).',
  valuesMap: {
    SPAM: { description: 'Advertising, repeated or automated posting.' },
    ABUSE: { description: 'Insults, harassment, hate, threats.' },
    OFF_TOPIC: { description: 'Unrelated to where it is posted.' },
    PERSONAL_DATA: { description: 'Someone’s personal data (address, phone number, a recognisable face…).' },
    OTHER: { description: 'Something else, said in the note.' },
  },
});

/** The order in which a default ground is chosen among equally frequent flag reasons. */
export const FLAG_REASONS: readonly FlagReason[] = [
  FlagReason.ABUSE,
  FlagReason.PERSONAL_DATA,
  FlagReason.SPAM,
  FlagReason.OFF_TOPIC,
  FlagReason.OTHER,
];

/**
 * What the moderation log records. Moderation's own actions are listed here; another domain that
 * records its moderators' actions through `ModerationService.record` adds its own value from its
 * own folder (`ModerationActions.add('PIN', '…')`, at import time), so this file names no other
 * domain.
 */
export const ModerationActions = new OpenEnum('ModerationAction', 'A moderation action, as the moderation log records it.');
export const ModerationAction = ModerationActions.values;
/** An action's name, e.g. `HIDE`. */
export type ModerationAction = string;

export const MODERATION_ACTIONS = {
  HIDE: 'HIDE',
  RESTORE: 'RESTORE',
  DISMISS_FLAGS: 'DISMISS_FLAGS',
  SUSPEND: 'SUSPEND',
  LIFT_SUSPENSION: 'LIFT_SUSPENSION',
} as const;

ModerationActions.add(MODERATION_ACTIONS.HIDE, 'Content hidden (its reason and ground recorded).');
ModerationActions.add(MODERATION_ACTIONS.RESTORE, 'Hidden content shown again.');
ModerationActions.add(MODERATION_ACTIONS.DISMISS_FLAGS, 'The open flags on an item dismissed: the item leaves the queue.');
ModerationActions.add(MODERATION_ACTIONS.SUSPEND, 'An account suspended until a date (or its suspension replaced).');
ModerationActions.add(MODERATION_ACTIONS.LIFT_SUSPENSION, 'A suspension ended before its date.');
