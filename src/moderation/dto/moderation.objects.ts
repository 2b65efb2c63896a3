import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Connection } from '../../graphql/pagination';
import { ImageObject } from '../../media/dto/image.object';
import { FlagTargetType } from '../flag-target';
import { FlagReason, ModerationAction } from '../moderation-vocabulary';

@ObjectType('ModeratedContentContext', { description: 'The record an item sits in, for moderators who see it out of its page.' })
export class ModeratedContentContextObject {
  @Field({ description: 'Its kind, as its domain names it (e.g. PROPOSAL, CONSULTATION, FORUM_TOPIC, SERVICE_REQUEST).' })
  type: string;

  @Field(() => ID, { description: 'Its id.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Its title (or a request’s reference); null when it has none.' })
  title: string | null;
}

/**
 * An item as moderators see it (from its domain's `describe`). `author` is resolved by
 * ModeratedContentResolver through the users loader.
 */
@ObjectType('ModeratedContent', {
  description: 'A flaggable item as moderators see it: what it says (hidden or not), who wrote it, where it is. Moderators only.',
})
export class ModeratedContentObject {
  @Field(() => FlagTargetType, { description: 'Its kind.' })
  targetType: FlagTargetType;

  @Field(() => ID, { description: 'Its id.' })
  targetId: string;

  @Field(() => String, { nullable: true, description: 'Its title, for kinds that have one (a proposal, a topic).' })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'Its text in full, plain text; null for a photo.' })
  text: string | null;

  @Field(() => ImageObject, { nullable: true, description: 'The photo, for photos.' })
  image: ImageObject | null;

  @Field({ description: 'When it was written or uploaded.' })
  createdAt: Date;

  @Field(() => ModeratedContentContextObject, { nullable: true, description: 'The record it sits in (e.g. the proposal a comment is on).' })
  context: ModeratedContentContextObject | null;

  @Field(() => String, { nullable: true, description: 'The web client’s path to it in its page, e.g. `/proposals/<id>#comment-<id>`.' })
  path: string | null;

  @Field({ description: 'Whether a moderator has hidden it.' })
  hidden: boolean;

  @Field(() => String, { nullable: true, description: 'The moderator’s reason, while hidden.' })
  hiddenReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was hidden; null while shown.' })
  hiddenAt: Date | null;

  /** Resolved by ModeratedContentResolver. */
  authorId: string | null;
}

@ObjectType('FlagReasonCount', { description: 'How many open flags give one reason.' })
export class FlagReasonCountObject {
  @Field(() => FlagReason, { description: 'The reason.' }) reason: FlagReason;
  @Field(() => Int, { description: 'Open flags giving it.' }) count: number;
}

@ObjectType('FlagNote', { description: 'What a flagger wrote with an open flag, without their name.' })
export class FlagNoteObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;
  @Field(() => FlagReason, { description: 'The reason they chose.' }) reason: FlagReason;
  @Field({ description: 'Their note, plain text.' }) note: string;
  @Field({ description: 'When they flagged.' }) createdAt: Date;
}

@ObjectType('FlagNoteConnection', { description: 'A page of an item’s flag notes, oldest first.' })
export class FlagNoteConnection extends Connection(FlagNoteObject, 'FlagNote') {}

/**
 * One flagged item of the queue: its flags grouped (counts, reasons, notes) and its content.
 * `id` is `<targetType>:<targetId>`. Fields other than the counts are resolved by
 * FlaggedItemResolver through per-request loaders.
 */
@ObjectType('FlaggedItem', { description: 'An item in the moderation queue: its open flags, grouped, and its content in context.' })
export class FlaggedItemObject {
  @Field(() => ID, { description: 'Stable id of the item for caches: `<targetType>:<targetId>`.' }) id: string;

  @Field(() => FlagTargetType, { description: 'Its kind.' }) targetType: FlagTargetType;

  @Field(() => ID, { description: 'Its id (what hideContent, restoreContent and dismissFlags take).' }) targetId: string;

  @Field(() => Int, { description: 'Open flags (not yet resolved by a hide or a dismissal), one per user.' }) openFlagCount: number;

  @Field(() => Date, { nullable: true, description: 'When its oldest open flag came (the queue’s order); null with none open.' })
  firstOpenFlagAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When its latest flag came; null if never flagged.' })
  lastFlaggedAt: Date | null;

  /** The moderation_items row (notes are keyed by it). */
  itemId: string;
}

@ObjectType('FlagConnection', { description: 'A page of the moderation queue: flagged items, oldest first flag first.' })
export class FlagConnection extends Connection(FlaggedItemObject, 'Flag') {}

@ObjectType('Suspension', { description: 'An account’s suspension: it reads but cannot write until `until`.' })
export class SuspensionObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;

  @Field({ description: 'Until when (ISO 8601).' }) until: Date;

  @Field({ description: 'Why, in the moderator’s words (shown to the suspended person).' }) reason: string;

  @Field({ description: 'When it was decided.' }) createdAt: Date;

  @Field(() => String, { nullable: true, description: 'Why it was lifted early, if a reason was given.' })
  liftReason: string | null;

  /** `active`, `liftedAt`, `user`, `suspendedBy`, `liftedBy`: resolved by SuspensionResolver. */
  liftedAt: Date | null;

  userId: string;
  suspendedById: string;
  liftedById: string | null;
}

@ObjectType('SuspensionConnection', { description: 'A page of suspensions, newest first.' })
export class SuspensionConnection extends Connection(SuspensionObject, 'Suspension') {}

@ObjectType('ModerationLogEntry', {
  description: 'One moderation action: who, what, on what or whom, why, when. Moderators and admins only.',
})
export class ModerationLogEntryObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;

  @Field(() => ModerationAction, { description: 'What was done.' }) action: ModerationAction;

  @Field(() => String, {
    nullable: true,
    description: 'The kind of item acted on (a FlagTargetType, or another domain’s type such as FORUM_TOPIC); null for account actions.',
  })
  targetType: string | null;

  @Field(() => ID, { nullable: true, description: 'The item acted on; null for account actions.' }) targetId: string | null;

  @Field(() => String, { nullable: true, description: 'Why, in the moderator’s words.' }) reason: string | null;

  @Field(() => FlagReason, {
    nullable: true,
    description: 'HIDE and RESTORE: the ground of the hiding (what the transparency report counts).',
  })
  ground: FlagReason | null;

  @Field(() => GraphQLJSONObject, {
    description: 'Facts of the action: `flagsResolved` (HIDE), `flagsDismissed` (DISMISS_FLAGS), `until` and `replaced` (SUSPEND)…',
  })
  details: Record<string, unknown>;

  @Field({ description: 'When.' }) createdAt: Date;

  actorId: string | null;
  subjectUserId: string | null;
}

@ObjectType('ModerationLogConnection', { description: 'A page of the moderation log, newest first.' })
export class ModerationLogConnection extends Connection(ModerationLogEntryObject, 'ModerationLogEntry') {}

@ObjectType('TransparencyGroundCount', { description: 'Items hidden and restored in one month on one ground.' })
export class TransparencyGroundCountObject {
  @Field({ description: 'The month, `YYYY-MM` (Paris time).' }) month: string;
  @Field(() => FlagReason, { description: 'The ground the moderator recorded when hiding.' }) ground: FlagReason;
  @Field(() => Int, { description: 'Hide actions that month on that ground (an item hidden twice counts twice).' }) hidden: number;
  @Field(() => Int, { description: 'Items hidden on that ground and restored that month.' }) restored: number;
}

@ObjectType('TransparencyMonth', { description: 'One month of moderation, in numbers.' })
export class TransparencyMonthObject {
  @Field({ description: 'The month, `YYYY-MM` (Paris time).' }) month: string;
  @Field(() => Int, { description: 'Flags received.' }) flags: number;
  @Field(() => Int, { description: 'Hide actions.' }) hidden: number;
  @Field(() => Int, { description: 'Restorations of hidden items.' }) restored: number;
  @Field(() => Int, { description: 'Suspensions decided (a change of a suspension in force counts as one).' }) suspensions: number;
}

@ObjectType('ModerationTransparency', {
  description: 'The public transparency report of moderation: counts only, never content or names (as Decidim’s and the DSA’s reports).',
})
export class ModerationTransparencyObject {
  @Field({ description: 'Start of the period covered (included).' }) from: Date;
  @Field({ description: 'End of the period covered (excluded).' }) to: Date;

  @Field(() => [TransparencyGroundCountObject], {
    description: 'Per month and ground, months in order; only lines with something to count.',
  })
  byGround: TransparencyGroundCountObject[];

  @Field(() => [TransparencyMonthObject], { description: 'Per month, in order; only months with something to count.' })
  byMonth: TransparencyMonthObject[];
}
