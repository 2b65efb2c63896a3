import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Connection, ConnectionArgs } from '../../graphql/pagination';
import { FollowTargetType } from '../follow-target';

@ObjectType('Notification', { description: 'Something that happened to what the user follows (in-app).' })
export class NotificationObject {
  @Field(() => ID, { description: 'Opaque id.' }) id: string;

  @Field({
    description:
      'What happened, named by the domain that wrote it (e.g. PROPOSAL_ANSWERED, SERVICE_REQUEST_STATUS_CHANGED); clients translate it.',
  })
  kind: string;

  @Field(() => FollowTargetType, { description: 'The kind of thing it is about.' })
  targetType: FollowTargetType;

  @Field(() => ID, { description: 'The id of the thing it is about.' })
  targetId: string;

  @Field(() => GraphQLJSONObject, {
    description:
      'Facts to show it without another query, chosen by the domain that wrote it for its kind (a title or a reference, ' +
      'statuses, a public message…): only what every recipient may see. Plain text, never HTML.',
  })
  payload: Record<string, unknown>;

  @Field({ description: 'Whether the user has marked it read.' })
  read: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was marked read.' })
  readAt: Date | null;

  @Field({ description: 'When it happened.' })
  createdAt: Date;
}

@ObjectType('NotificationConnection', { description: "A page of the viewer's notifications." })
export class NotificationConnection extends Connection(NotificationObject, 'Notification') {}

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field({ nullable: true, defaultValue: false, description: 'Only the unread ones.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}

@ObjectType('FollowState', { description: 'Whether the viewer follows something, and how many people do.' })
export class FollowStateObject {
  @Field(() => FollowTargetType, { description: 'The kind of thing followed.' })
  targetType: FollowTargetType;

  @Field(() => ID, { description: 'Its id.' })
  targetId: string;

  @Field(() => Int, { description: 'How many people follow it, counted from the follows themselves.' })
  followerCount: number;

  @Field({ description: 'Whether the viewer follows it.' })
  viewerIsFollowing: boolean;
}

@ArgsType()
export class FollowArgs {
  @Field(() => FollowTargetType, { description: 'The kind of thing to follow.' })
  @IsString() // GraphQL has checked it is one of the enum's values.
  targetType: FollowTargetType;

  @Field(() => ID, { description: 'Its id.' })
  @IsString()
  @MaxLength(100)
  targetId: string;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'Which ones (at most 100); all unread ones when absent.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  ids?: string[] | null;
}
