import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../graphql/pagination';

/** The orders of a forum's topic list (pinned topics always come first). */
export enum ForumTopicOrder {
  LAST_ACTIVITY = 'LAST_ACTIVITY',
  NEWEST = 'NEWEST',
  MOST_COMMENTED = 'MOST_COMMENTED',
}
registerEnumType(ForumTopicOrder, {
  name: 'ForumTopicOrder',
  description: 'How a forum’s topics are ordered, after the pinned ones (ties by id).',
  valuesMap: {
    LAST_ACTIVITY: { description: 'Latest comment (or opening, without comments) first.' },
    NEWEST: { description: 'Most recently opened first.' },
    MOST_COMMENTED: { description: 'Most comments first.' },
  },
});

export enum ForumMoveDirection {
  UP = 'UP',
  DOWN = 'DOWN',
}
registerEnumType(ForumMoveDirection, {
  name: 'ForumMoveDirection',
  description: 'Where to move a forum in the list.',
  valuesMap: { UP: { description: 'One place earlier.' }, DOWN: { description: 'One place later.' } },
});

/**
 * A forum as the API shows it. `archived`, `lastActivityAt`, `topics` and the follow facts are
 * resolved by ForumsResolver through per-request loaders.
 */
@ObjectType('Forum', { description: 'A forum set up by the council, where residents open topics.' })
export class ForumObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;
  @Field({ description: 'Title, plain text.' }) title: string;
  @Field({ description: 'What it is for, plain text: paragraphs separated by blank lines (may be empty).' }) description: string;
  @Field(() => Int, { description: 'Its place in the list of active forums, from 1 (an archived forum keeps the place it had).' })
  position: number;
  @Field(() => Int, { description: 'Topics listed in it (those hidden by moderation are not counted).' }) topicCount: number;
  @Field(() => Date, { nullable: true, description: 'When the council archived it; null while active.' }) archivedAt: Date | null;
  @Field({ description: 'When the council created it.' }) createdAt: Date;
}

@ObjectType('ForumConnection', { description: 'A page of forums.' })
export class ForumConnection extends Connection(ForumObject, 'Forum') {}

/**
 * A topic as the API shows it. What a hidden topic withholds (title, body, images, comments,
 * hiddenReason) and the relations are resolved per viewer by ForumTopicsResolver.
 */
@ObjectType('ForumTopic', {
  description:
    'A topic opened by a resident in a forum, discussed in threaded comments. A topic hidden by moderation stays at its ' +
    'address, marked hidden: its title, text, photos and comments reach only its author and moderators.',
})
export class ForumTopicObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;
  @Field({ description: 'Pinned by a moderator: listed first in its forum.' }) pinned: boolean;
  @Field({ description: 'Locked by a moderator: no new comment, no edit.' }) locked: boolean;
  @Field(() => Int, { description: 'Comments and replies, not counting those deleted by their authors (always equal to the rows).' })
  commentCount: number;
  @Field({ description: 'When it was opened.' }) createdAt: Date;
  @Field({ description: 'When its latest comment was written (its opening, without comments).' }) lastActivityAt: Date;
  @Field(() => Date, { nullable: true, description: 'When its author last changed it; null if never.' }) editedAt: Date | null;
}

@ObjectType('ForumTopicConnection', { description: 'A page of a forum’s topics, pinned first.' })
export class ForumTopicConnection extends Connection(ForumTopicObject, 'ForumTopic') {}
