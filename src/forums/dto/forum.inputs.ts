import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ConnectionArgs } from '../../graphql/pagination';
import { MAX_ACTIVE_FORUMS } from '../forum.policy';
import { ForumMoveDirection, ForumTopicOrder } from './forum.object';

export const FORUM_TITLE_MAX = 150;
export const FORUM_DESCRIPTION_MAX = 2000;
export const TOPIC_TITLE_MAX = 150;
export const TOPIC_BODY_MAX = 10_000;
/** A bound on the list itself; the real limit (6 photos, TOO_MANY_IMAGES) is the media domain's. */
const IMAGE_IDS_MAX = 50;

@InputType({ description: 'A new forum.' })
export class CreateForumInput {
  @Field({ description: `3 to ${FORUM_TITLE_MAX} characters, plain text.` })
  @IsString()
  @MinLength(3)
  @MaxLength(FORUM_TITLE_MAX)
  title: string;

  @Field(() => String, { nullable: true, description: `What it is for, up to ${FORUM_DESCRIPTION_MAX} characters, plain text.` })
  @IsOptional()
  @IsString()
  @MaxLength(FORUM_DESCRIPTION_MAX)
  description?: string | null;
}

@InputType({ description: 'Changes to a forum: only the fields given change.' })
export class UpdateForumInput {
  @Field(() => String, { nullable: true, description: `New title, 3 to ${FORUM_TITLE_MAX} characters.` })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(FORUM_TITLE_MAX)
  title?: string | null;

  @Field(() => String, { nullable: true, description: `New description, up to ${FORUM_DESCRIPTION_MAX} characters ("" clears it).` })
  @IsOptional()
  @IsString()
  @MaxLength(FORUM_DESCRIPTION_MAX)
  description?: string | null;
}

@InputType({ description: 'A new topic in a forum.' })
export class CreateForumTopicInput {
  @Field(() => ID, { description: 'The forum (an active one, see `forums`).' })
  @IsString()
  @MaxLength(100)
  forumId: string;

  @Field({ description: `3 to ${TOPIC_TITLE_MAX} characters, plain text.` })
  @IsString()
  @MinLength(3)
  @MaxLength(TOPIC_TITLE_MAX)
  title: string;

  @Field({ description: `1 to ${TOPIC_BODY_MAX} characters, plain text.` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TOPIC_BODY_MAX)
  body: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Photos, in the order to show them: ids returned by `POST /media`, the author’s own uploads, at most 6.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(IMAGE_IDS_MAX)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  imageIds?: string[] | null;
}

@InputType({ description: 'Changes to one’s topic: only the fields given change.' })
export class UpdateForumTopicInput {
  @Field(() => String, { nullable: true, description: `New title, 3 to ${TOPIC_TITLE_MAX} characters (cannot be cleared).` })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(TOPIC_TITLE_MAX)
  title?: string | null;

  @Field(() => String, { nullable: true, description: `New text, 1 to ${TOPIC_BODY_MAX} characters (cannot be cleared).` })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TOPIC_BODY_MAX)
  body?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The topic’s photos become exactly these, in this order (at most 6; [] or null removes them all; absent keeps them).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(IMAGE_IDS_MAX)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  imageIds?: string[] | null;
}

@ArgsType()
export class ForumIdArgs {
  @Field(() => ID, { description: 'The forum.' }) @IsString() @MaxLength(100) id: string;
}

@ArgsType()
export class ForumTopicIdArgs {
  @Field(() => ID, { description: 'The topic.' }) @IsString() @MaxLength(100) id: string;
}

@ArgsType()
export class ForumTopicsArgs extends ConnectionArgs {
  @Field(() => ForumTopicOrder, { defaultValue: ForumTopicOrder.LAST_ACTIVITY, description: 'The order after the pinned topics.' })
  @IsEnum(ForumTopicOrder)
  orderBy: ForumTopicOrder = ForumTopicOrder.LAST_ACTIVITY;
}

@ArgsType()
export class MoveForumArgs extends ForumIdArgs {
  @Field(() => ForumMoveDirection, { description: 'One place up or down.' })
  @IsEnum(ForumMoveDirection)
  direction: ForumMoveDirection;
}

@ArgsType()
export class ReorderForumsArgs {
  @Field(() => [ID], { description: 'Every active forum’s id, once each, in the new order.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ACTIVE_FORUMS)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  ids: string[];
}

@ArgsType()
export class SetTopicPinnedArgs extends ForumTopicIdArgs {
  @Field({ description: 'True to pin (listed first), false to unpin.' }) @IsBoolean() pinned: boolean;
}

@ArgsType()
export class SetTopicLockedArgs extends ForumTopicIdArgs {
  @Field({ description: 'True to lock (no new comment, no edit), false to unlock.' }) @IsBoolean() locked: boolean;
}
